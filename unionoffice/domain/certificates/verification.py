"""Certificate verification codes: an HMAC of number, name and date under the office's own key."""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote, unquote

# Crockford base32: no I, L, O or U, so a code read aloud or typed from paper survives 0/O and 1/I/L mix-ups.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10  # 50 bits: forging one blindly takes ~10^15 tries; collisions stay negligible at 10^5 certificates
QR_PREFIX = "UOV"
_TYPO = str.maketrans({"O": "0", "I": "1", "L": "1"})


def message(number: str, name: str, issue_date: date) -> bytes:
    """What the code signs. NFC first, so a name typed on another keyboard still verifies."""
    text = "|".join((number, unicodedata.normalize("NFC", name.strip()), issue_date.isoformat()))
    return text.encode("utf-8")


def verification_code(key: bytes, number: str, name: str, issue_date: date) -> str:
    """The 10-character code printed on the certificate (without the display hyphen)."""
    digest = hmac.new(key, message(number, name, issue_date), hashlib.sha256).digest()
    value = int.from_bytes(digest[:8], "big") >> (64 - 5 * CODE_LENGTH)
    chars = []
    for _ in range(CODE_LENGTH):
        value, index = divmod(value, 32)
        chars.append(ALPHABET[index])
    return "".join(reversed(chars))


def format_code(code: str) -> str:
    """ABCDE-FGHJK: two groups of five are easier to read over the phone."""
    return f"{code[:5]}-{code[5:]}"


def normalise_code(text: str) -> str:
    """Accept what people type: lower case, spaces, hyphens, full-width letters, O for 0, I or L for 1."""
    cleaned = unicodedata.normalize("NFKC", text).upper()
    cleaned = re.sub(r"[\s\-_]", "", cleaned).translate(_TYPO)
    return cleaned


def is_well_formed(code: str) -> bool:
    return len(code) == CODE_LENGTH and all(c in ALPHABET for c in code)


def code_matches(key: bytes, code: str, number: str, name: str, issue_date: date) -> bool:
    return hmac.compare_digest(verification_code(key, number, name, issue_date), normalise_code(code))


@dataclass(frozen=True)
class ScannedCode:
    code: str
    number: str | None = None


def qr_payload(number: str, code: str, prefix: str = QR_PREFIX) -> str:
    """Upper-case ASCII only, so the QR code stays in alphanumeric mode (version 2, 25×25 modules)."""
    return f"{prefix}:{number}:{code}"


def qr_content(number: str, code: str, *, issuer: str, kind_name: str, url: str = "") -> str:
    """What the QR code holds. With the office's verification page, a URL a phone camera opens
    (`<url>?q=UOV:<number>:<code>`, the number percent-encoded); without one, a Chinese sentence saying what
    the code is and how to check it, ending in the machine-readable `UOV:` part the verify dialog reads."""
    if url:
        joiner = "&" if "?" in url else "?"
        return f"{url}{joiner}q={QR_PREFIX}:{quote(number, safe='-_.')}:{code}"
    return (f"{issuer}颁发的{kind_name}，查验码 {format_code(code)}，请向发证单位查验。"
            f"{qr_payload(number, code)}")


def parse_scanned(text: str) -> ScannedCode:
    """Either a bare code or a QR payload `UOV:<number>:<code>` (anything before `UOV:` — a URL, a sentence —
    is ignored; a percent-encoded number from a URL is decoded)."""
    stripped = unquote(text.strip())
    match = re.search(rf"{QR_PREFIX}:(.+):([0-9A-Za-z\-]+)$", stripped, re.IGNORECASE)
    if match:
        return ScannedCode(code=normalise_code(match[2]), number=match[1].strip())
    return ScannedCode(code=normalise_code(stripped))
