"""The dashboard's static files (HTML, CSS, JavaScript modules and vendored npm assets)."""
