"""The issuing office as documents print it: name, 负责人, seal, document-number prefix, verification address.

Templates refer to the office instead of naming it: an empty `issuer` means the office's name and the seal
reference `office:seal` means the office's scanned seal, so renaming the office or importing its seal changes
every kind at once (issue 13). Samples and previews use `SAMPLE_OFFICE` and carry 样张 across the page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from unionoffice.documents.linebreak import add_words
from unionoffice.documents.templates import Template

OFFICE_SEAL = "office:seal"
SPECIMEN_SEAL = "resource:seal.png"  # reads 示例区总工会: for samples only


@dataclass(frozen=True)
class Office:
    name: str = ""
    head: str = ""  # 负责人, e.g. printed under a joint certificate or a letter
    seal: str = ""  # data:image/png;base64,… of the scanned seal with a transparent background; "" = none yet
    doc_prefix: str = ""  # 发文字号 prefix of 文件, e.g. 示工发
    letter_prefix: str = ""  # 发文字号 prefix of 函 (award letters), e.g. 示工函
    verify_url: str = ""  # optional page a phone opens from the QR code, e.g. https://zgh.example.gov.cn/cx

    @property
    def has_seal(self) -> bool:
        return bool(self.seal)

    def fields(self) -> dict[str, str]:
        """Template fields every document may use."""
        return {"单位名称": self.name, "负责人": self.head, "发文字号前缀": self.doc_prefix,
                "函号前缀": self.letter_prefix}


SAMPLE_OFFICE = Office(name="示例区总工会", head="张明", seal=SPECIMEN_SEAL, doc_prefix="示工发",
                       letter_prefix="示工函")


def resolve_seal(ref: str, office: Office) -> str:
    """The image a seal reference prints: the office's seal, or for an office without one the specimen."""
    if ref == OFFICE_SEAL:
        return office.seal or SPECIMEN_SEAL
    return ref


def for_office(template: Template, office: Office) -> Template:
    """The template with the office's name, seals and verification address filled in."""
    add_words([office.name, template.issuer, template.second_issuer])  # never broken across lines
    return replace(
        template,
        issuer=template.issuer or office.name,
        issuer_code=template.issuer_code or office.letter_prefix or office.doc_prefix,
        seal_image=resolve_seal(template.seal_image, office),
        second_seal_image=resolve_seal(template.second_seal_image, office),
        qr_prefix=template.qr_prefix or office.verify_url,
        extra={**office.fields(), **template.extra},
    )


def uses_specimen_seal(template: Template) -> bool:
    """A real document must not carry the specimen seal (it reads 示例区总工会)."""
    return SPECIMEN_SEAL in (template.seal_image, template.second_seal_image)
