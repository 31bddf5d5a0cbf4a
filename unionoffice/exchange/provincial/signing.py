"""The office's signing key (Ed25519, `cryptography`): kept owner-only in the data folder, never home-made crypto.

The package's manifest carries the public key and its fingerprint; the province decides whom to trust by the
fingerprint (docs/provincial-package.md, Signature)."""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from unionoffice.domain.province.rules import PackageError

ALGORITHM = "Ed25519"
KEY_FILE = "office-signing-key.pem"


@dataclass(frozen=True)
class PublicKey:
    raw: bytes  # the 32 bytes of the Ed25519 public key

    @property
    def text(self) -> str:
        return base64.b64encode(self.raw).decode("ascii")

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the raw key, 64 hex digits: what the province compares and trusts."""
        return hashlib.sha256(self.raw).hexdigest()

    @classmethod
    def from_text(cls, text: str) -> PublicKey:
        try:
            raw = base64.b64decode(text.encode("ascii"), validate=True)
        except (ValueError, UnicodeEncodeError):
            raise PackageError("清单中的公钥不是有效的 Base64 文本") from None
        if len(raw) != 32:
            raise PackageError("清单中的公钥长度不对（Ed25519 公钥应为 32 字节）")
        return cls(raw)


def grouped(fingerprint: str) -> str:
    """For reading aloud over the phone: 16 groups of four hex digits."""
    return " ".join(fingerprint[i:i + 4] for i in range(0, len(fingerprint), 4))


class SigningKey:
    def __init__(self, key: Ed25519PrivateKey) -> None:
        self._key = key
        self.public = PublicKey(key.public_key().public_bytes(serialization.Encoding.Raw,
                                                              serialization.PublicFormat.Raw))

    def sign(self, data: bytes) -> bytes:
        return self._key.sign(data)


def load_or_create(folder: Path) -> SigningKey:
    """The office key in `folder` (the data folder's keys/), made on first use; the file is readable by its owner
    only (docs/reliability.md §1b) and created exclusively, so two exports at once cannot write two keys."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / KEY_FILE
    if not path.exists():
        pem = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                         serialization.NoEncryption())
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "wb") as handle:
                handle.write(pem)
                handle.flush()
                os.fsync(handle.fileno())
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError, OSError) as exc:
        raise PackageError(f"本单位的签名密钥文件 {path} 无法读取：{exc}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise PackageError(f"本单位的签名密钥文件 {path} 不是 Ed25519 密钥")
    return SigningKey(key)


def verify(public: PublicKey, signature: bytes, data: bytes) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(public.raw).verify(signature, data)
    except InvalidSignature:
        raise PackageError("数据包签名不符：清单在签名之后被改动过，或签名不是这把密钥所签") from None
