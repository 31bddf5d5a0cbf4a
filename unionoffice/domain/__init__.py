"""Pure business rules of a district union office: no Qt, no ORM, no I/O."""
