"""Generate a synthetic, contract-valid national inventory.

Scale 1 is INE's size: 32 juntas locales, 300 juntas distritales and 20 central units,
1,512 accounts in 707 files. Scale N repeats the country N times under other área keys; a
scale below 1 keeps that share of the áreas (0.1: 35 áreas, about one state's inventory).

Two shapes: ``heavy`` keeps years of history (two or three designations, every responsiva,
every password change since March 2026, four quarterly reports: 4.2 MB at scale 1);
``lean`` is what a real inventory looks like today (the current designation, the last two
password changes, the last two reports: 2.2 MB). Deterministic for a given scale, shape
and seed.
"""

from __future__ import annotations

import argparse
import math
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

ENTIDADES = [  # abbreviation, federal districts (INE/CG875/2022)
    ("AGS", 3),
    ("BC", 9),
    ("BCS", 2),
    ("CAMP", 2),
    ("COAH", 8),
    ("COL", 2),
    ("CHIS", 13),
    ("CHIH", 9),
    ("CDMX", 22),
    ("DGO", 4),
    ("GTO", 15),
    ("GRO", 8),
    ("HGO", 7),
    ("JAL", 20),
    ("MEX", 40),
    ("MICH", 11),
    ("MOR", 5),
    ("NAY", 3),
    ("NL", 14),
    ("OAX", 10),
    ("PUE", 16),
    ("QRO", 6),
    ("QROO", 4),
    ("SLP", 7),
    ("SIN", 7),
    ("SON", 7),
    ("TAB", 6),
    ("TAMPS", 8),
    ("TLAX", 3),
    ("VER", 19),
    ("YUC", 6),
    ("ZAC", 4),
]
CENTRAL = [
    "CNCS",
    "DERFE",
    "DEPPP",
    "DEOE",
    "DESPEN",
    "DECEYEC",
    "DEA",
    "UTF",
    "UTCE",
    "UTVOPL",
    "UTIGYND",
    "UTTYPDP",
    "UTSI",
    "CAI",
    "DJ",
    "DS",
    "SE",
    "JGE",
    "OIC",
    "UNICOM",
]
NETWORKS = ["facebook", "x", "instagram", "youtube", "tiktok", "threads"]
AS_OF = date(2026, 11, 27)


SHAPES = ("lean", "heavy")


def areas(scale: float) -> list[tuple[str, str, str | None]]:
    out: list[tuple[str, str, str | None]] = []
    for copy in range(math.ceil(scale)):
        suffix = "" if copy == 0 else f"-{copy}"
        out += [(f"{c}{suffix}", "organo_central", None) for c in CENTRAL]
        for abbr, districts in ENTIDADES:
            out.append((f"JLE-{abbr}{suffix}", "junta_local", abbr))
            out += [
                (f"JDE{d:02d}-{abbr}{suffix}", "junta_distrital", abbr)
                for d in range(1, districts + 1)
            ]
    per_copy = len(out) // math.ceil(scale)
    return out[: max(1, round(per_copy * scale))]


def d(day: date) -> str:
    return day.isoformat()


def person(rng: random.Random, key: str, n: int) -> str:
    return f"{key.lower().replace('-', '.')}.p{n}.{rng.randrange(10**6)}@ine.mx"


def generate(root: Path, scale: float = 1, seed: int = 2026, shape: str = "heavy") -> Path:
    if shape not in SHAPES:
        raise ValueError(f"shape {shape!r}: one of {', '.join(SHAPES)}")
    lean = shape == "lean"
    rng = random.Random(f"{seed}:{scale}:{shape}")
    if root.exists():
        shutil.rmtree(root)
    (root / "designaciones").mkdir(parents=True)
    (root / "cuentas").mkdir()
    area_lines = ["areas:"]
    register = ["correos_genericos:"]
    lists: dict[date, list[str]] = {}
    for key, kind, entity in areas(scale):
        titular = person(rng, key, 0)
        area_lines += [f"  - clave: {key}", f"    nombre: Área {key}", f"    tipo: {kind}"]
        if entity:
            area_lines.append(f"    entidad: {entity}")
        area_lines += [
            "    titular:",
            "      nombre: Persona Titular",
            "      cargo: Vocal Ejecutiva",
            f"      correo: {titular}",
        ]
        count = 4 if kind == "junta_distrital" else 6
        nets = NETWORKS[:count]
        user = key.replace("-", "")
        refs = [f"{n}/INE{user}" for n in nets]
        # Designation history: two or three changes, each reported within 5 business days.
        starts = [date(2024, 3, 4), date(2025, 5, 5), date(2026, 2, 2)][: rng.choice([2, 3])]
        if lean:  # only the designation in force
            starts = starts[-1:]
        dlines = [f"area: {key}", "designaciones:"]
        admins: list[str] = []
        first_owner = ""
        for i, start in enumerate(starts):
            owner, deputy = person(rng, key, 2 * i + 1), person(rng, key, 2 * i + 2)
            admins = [owner, deputy]
            first_owner = first_owner or owner
            lists.setdefault(start, []).extend(admins)
            dlines += [
                f"  - vigente_desde: {d(start)}",
                f"    oficio: INE/{key}/{100 + i}/2026",
                f"    fecha_oficio: {d(start + timedelta(days=2))}",
            ]
            for role, email, level in (
                ("propietaria", owner, "mando_medio"),
                ("suplente", deputy, "operativo"),
            ):
                dlines += [
                    f"    {role}:",
                    "      nombre: Nombre Apellido Apellido",
                    "      cargo: Vocal Secretario",
                    f"      nivel: {level}",
                    "      vinculo: servidora_publica",
                    f"      adscripcion: {key}",
                    f"      correo: {email}",
                    '      telefono_institucional: "55 5628 4200 ext. 1234"',
                ]
            dlines += [
                "    formato_designacion:",
                f"      fecha: {d(start)}",
                "      firmas: {propietaria: true, suplente: true, titular: true}",
                "    responsivas:",
            ]
            for email in admins:
                for ref in refs:
                    dlines += [
                        f"      - administradora: {email}",
                        f"        cuenta: {ref}",
                        "        cargo: Vocal Secretario",
                        f"        fecha: {d(start)}",
                        "        firmas: {administradora: true, titular: true}",
                    ]
        dlines.append("informes:")
        reports = [date(2026, 2, 2), date(2026, 5, 4), date(2026, 8, 3), date(2026, 11, 3)]
        for q, when in enumerate(reports[2:] if lean else reports, start=2 if lean else 0):
            dlines += [
                f"  - oficio: INE/{key}/{q}/2026",
                f"    fecha: {d(when)}",
                "    adjunta_formatos: true",
            ]
        (root / "designaciones" / f"{key}.yaml").write_text("\n".join(dlines) + "\n", "utf-8")
        mailbox = f"redes.{key.lower().replace('-', '')}@ine.mx"
        register += [
            f"  - correo: {mailbox}",
            f"    area: {key}",
            f"    asignado: {d(starts[0] + timedelta(days=7))}",
            f"    solicitado_por: {first_owner}",
            f"    listado_cncs: {_list_oficio(starts[0])}",
        ]
        clines = [f"area: {key}", "cuentas:"]
        for net in nets:
            clines += [
                f"  - red: {net}",
                f"    usuario: INE{user}",
                f"    url: https://example.org/{net}/INE{user}",
                "    alta: 2019-03-11",
                f"    correo: {mailbox}",
                "    registro: correo",
                "    vinculada_a: []",
                f"    asociacion_notificada: {d(starts[0] + timedelta(days=8))}",
                "    segundo_factor:",
                "      activo: true",
                f"      dispositivo: {admins[0]}",
                "    accesos:",
                f"      - {admins[0]}",
                f"      - {admins[1]}",
                "    cambios_contrasena:",
            ]
            when = date(2026, 3, 2) + timedelta(days=rng.randrange(20))
            if lean:  # the last two changes: the one in force and the one before it
                when = AS_OF - timedelta(days=100 - rng.randrange(20))
            while when <= AS_OF:
                clines += [
                    f"      - fecha: {d(when)}",
                    "        conforme_utsi: true",
                    f"        notificado_titular: {d(when)}",
                    f"        ticket_cau: CAU-{when.year}-{rng.randrange(10**6):06d}",
                ]
                when += timedelta(days=rng.choice([45, 50, 55, 58]))
            if rng.random() < 0.1:
                clines += [
                    "    incidentes:",
                    "      - detectado: 2026-05-08",
                    "        descripcion: Inicio de sesión desde un dispositivo desconocido",
                    "        notificado_titular: 2026-05-08",
                    "        contrasena_cambiada: 2026-05-08",
                    "        ticket_cau: CAU-2026-002210",
                    "        notificado_cncs: 2026-05-11",
                ]
        (root / "cuentas" / f"{key}.yaml").write_text("\n".join(clines) + "\n", "utf-8")
    (root / "areas.yaml").write_text("\n".join(area_lines) + "\n", "utf-8")
    (root / "correos-genericos.yaml").write_text("\n".join(register) + "\n", "utf-8")
    cncs = ["listados_utsi:"]
    for start, emails in sorted(lists.items()):
        cncs += [
            f"  - oficio: {_list_oficio(start)}",
            f"    fecha: {d(start)}",
            "    administradoras:",
        ] + [f"      - {e}" for e in emails]
    (root / "cncs.yaml").write_text("\n".join(cncs) + "\n", "utf-8")
    return root


def _list_oficio(start: date) -> str:
    return f"INE/CNCS/{start.month:04d}/{start.year}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("dest", type=Path)
    parser.add_argument("--scale", type=float, default=1)
    parser.add_argument("--shape", choices=SHAPES, default="heavy")
    args = parser.parse_args()
    root = generate(args.dest, args.scale, shape=args.shape)
    files = [p for p in root.rglob("*.yaml")]
    size = sum(p.stat().st_size for p in files)
    print(f"{root}: {len(files)} files, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
