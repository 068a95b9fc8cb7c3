"""Writers that turn stored records into files analysts' tools read."""
