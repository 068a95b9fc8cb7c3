"""Quality measurement against gold data: one module per task, plus the gate."""
