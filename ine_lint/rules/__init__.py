"""The built-in rules: one module per provision, listed here (yamllint's ``_RULES``).

A rule module holds everything that is code about its provision: ``ID``, ``TITLE`` (es/en),
``MESSAGES`` (its catalogue entries, es/en), ``EXAMPLE`` (for ``ine-lint explain``) and its
check, the plain function ``ine_lint_check`` (see ``ine_lint.hookspecs``). Its text,
severity and thresholds are its entry in ``policies/lineamientos.yaml``. A new provision is
its module (added below), its policy entry and its test module.

Third-party rule packs are written exactly like these modules and arrive through the
``ine_lint`` entry-point group instead of this list.
"""

from __future__ import annotations

from types import ModuleType

from ine_lint.rules import (
    art_4_1_iii_access,
    art_4_1_iv_1_domain,
    art_4_1_iv_2_external_accounts,
    art_4_1_iv_3_registration_mechanism,
    art_4_2_ii_generic_mailbox,
    art_4_2_iii_administrators,
    art_4_2_iv_designation_form,
    art_4_2_v_reports,
    art_4_3_i_responsiva,
    art_4_3_ii_mailbox_request,
    art_4_3_iii_association_notice,
    art_4_3_iv_incidents,
    art_4_3_ix_password_notice,
    art_4_3_v_second_factor,
    art_4_3_vi_secrets,
    art_4_3_vii_password_quality,
    art_4_3_viii_password_rotation,
    art_4_4_ii_register,
    art_4_5_iii_cncs_list,
)

_MODULES: tuple[ModuleType, ...] = (
    art_4_1_iii_access,
    art_4_1_iv_1_domain,
    art_4_1_iv_2_external_accounts,
    art_4_1_iv_3_registration_mechanism,
    art_4_2_ii_generic_mailbox,
    art_4_2_iii_administrators,
    art_4_2_iv_designation_form,
    art_4_2_v_reports,
    art_4_3_i_responsiva,
    art_4_3_ii_mailbox_request,
    art_4_3_iii_association_notice,
    art_4_3_iv_incidents,
    art_4_3_v_second_factor,
    art_4_3_vi_secrets,
    art_4_3_vii_password_quality,
    art_4_3_viii_password_rotation,
    art_4_3_ix_password_notice,
    art_4_4_ii_register,
    art_4_5_iii_cncs_list,
)

#: Rule id → module, in the order of the Lineamientos.
RULES: dict[str, ModuleType] = {module.ID: module for module in _MODULES}
