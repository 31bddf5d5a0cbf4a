"""The training page: classes, trainees, attendance grid, enrolment, prints."""
