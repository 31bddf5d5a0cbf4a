"""Office-wide settings kept in the database (district name, certificate formats, local amounts …)."""

from __future__ import annotations

from sqlalchemy import String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}

