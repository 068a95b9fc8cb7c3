"""Events: who did what to whom, where, when, with how many killed (issue in progress: casualties so far)."""
