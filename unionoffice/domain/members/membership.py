"""Membership statuses and the lifecycle events that move a member between them (docs/domain.md (c))."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.idnumber import age_on

MIN_JOIN_AGE = 16


class MemberStatus(StrEnum):
    ACTIVE = "在会"
    TRANSFER_PENDING = "转出中"
    RETAINED = "保留会籍"
    WITHDRAWN = "退会"
    DEEMED_WITHDRAWN = "自动退会"
    EXPELLED = "开除会籍"
    DECEASED = "去世"


class EventKind(StrEnum):
    JOIN = "入会"
    TRANSFER_OUT = "转出"
    TRANSFER_IN = "转入"
    RETAIN = "保留会籍"
    RESUME = "恢复会籍"
    WITHDRAW = "退会"
    DEEMED_WITHDRAW = "自动退会"
    EXPEL = "开除会籍"
    DEATH = "去世"


# Which statuses each event may start from, and the status it leads to.
TRANSITIONS: dict[EventKind, tuple[frozenset[MemberStatus], MemberStatus]] = {
    EventKind.TRANSFER_OUT: (frozenset({MemberStatus.ACTIVE}), MemberStatus.TRANSFER_PENDING),
    EventKind.TRANSFER_IN: (frozenset({MemberStatus.TRANSFER_PENDING}), MemberStatus.ACTIVE),
    EventKind.RETAIN: (frozenset({MemberStatus.ACTIVE}), MemberStatus.RETAINED),
    EventKind.RESUME: (frozenset({MemberStatus.RETAINED}), MemberStatus.ACTIVE),
    EventKind.WITHDRAW: (frozenset({MemberStatus.ACTIVE, MemberStatus.RETAINED}), MemberStatus.WITHDRAWN),
    EventKind.DEEMED_WITHDRAW: (frozenset({MemberStatus.ACTIVE}), MemberStatus.DEEMED_WITHDRAWN),
    EventKind.EXPEL: (frozenset({MemberStatus.ACTIVE, MemberStatus.RETAINED}), MemberStatus.EXPELLED),
    EventKind.DEATH: (
        frozenset({MemberStatus.ACTIVE, MemberStatus.RETAINED, MemberStatus.TRANSFER_PENDING}),
        MemberStatus.DECEASED,
    ),
}

COUNTS_AS_MEMBER = frozenset({MemberStatus.ACTIVE, MemberStatus.TRANSFER_PENDING, MemberStatus.RETAINED})


def next_status(current: MemberStatus, event: EventKind) -> MemberStatus:
    if event not in TRANSITIONS:
        raise ValidationError(f"“{event.value}”不是会籍变动", field="变动类型")
    allowed, target = TRANSITIONS[event]
    if current not in allowed:
        names = "、".join(sorted(s.value for s in allowed))
        raise ValidationError(
            f"当前状态为“{current.value}”，不能办理“{event.value}”（仅限：{names}）", field="会籍状态"
        )
    return target


def check_join_date(join: date, birth: date, today: date) -> None:
    if join > today:
        raise ValidationError(f"入会时间 {join:%Y-%m-%d} 晚于今天", field="入会时间")
    if age_on(birth, join) < MIN_JOIN_AGE:
        raise ValidationError(f"入会时间 {join:%Y-%m-%d} 时未满 {MIN_JOIN_AGE} 周岁", field="入会时间")


def check_event_date(event_date: date, last_event_date: date | None, today: date) -> None:
    if event_date > today:
        raise ValidationError(f"日期 {event_date:%Y-%m-%d} 晚于今天", field="变动日期")
    if last_event_date and event_date < last_event_date:
        raise ValidationError(
            f"日期 {event_date:%Y-%m-%d} 早于上一次会籍变动（{last_event_date:%Y-%m-%d}）", field="变动日期"
        )
