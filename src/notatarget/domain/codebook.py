"""The codebook: every coded value notatarget records, with its label, definition and crosswalks.

Values follow ``corpus/ANNOTATION.md`` (our own field vocabulary) and are mapped to the labels of the
WHO Surveillance System for Attacks on Health Care (SSA) public export and to the columns of the
Insecurity Insight / SHCC incident files, so that data moves between the three without loss.
Sources: WHO SSA Methodology v1.0 (2018), Annex 4; the SSA public export (Dec 2017 - Feb 2024);
the Insecurity Insight HDX schema (see docs/codebook.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Term:
    """The human side of one coded value: a short label and a one-sentence definition."""

    label: str
    definition: str


class Coded(StrEnum):
    """A coded value whose member value is the stable code stored and exported."""

    @property
    def term(self) -> Term:
        return _TERMS[type(self)][self]

    @property
    def label(self) -> str:
        return self.term.label

    @property
    def definition(self) -> str:
        return self.term.definition

    @classmethod
    def parse(cls, value: str) -> Coded:
        """Read a code or a label, case- and separator-insensitively; raise ValueError otherwise."""
        key = _normal(value)
        for member in cls:
            if key in (_normal(member.value), _normal(member.label)):
                return member
        choices = ", ".join(m.value for m in cls)
        raise ValueError(f"{value!r} is not a {cls.__name__}; choose one of: {choices}")


def _normal(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


class AttackType(Coded):
    """How health care was attacked (ANNOTATION.md ``attack_types``; several may apply)."""

    HEAVY_WEAPONS = "heavy_weapons"
    INDIVIDUAL_WEAPONS = "individual_weapons"
    EXPLOSIVE_DEVICE = "explosive_device"
    CHEMICAL = "chemical"
    ARSON = "arson"
    ARMED_ENTRY = "armed_entry"
    MILITARY_USE = "military_use"
    LOOTING = "looting"
    OBSTRUCTION = "obstruction"
    ABDUCTION_ARREST = "abduction_arrest"
    ASSAULT = "assault"
    THREAT = "threat"
    SEXUAL_VIOLENCE = "sexual_violence"


class Weapon(Coded):
    """Weapon classes, coarse enough to compare across datasets (II's grouped weapon values)."""

    AIR_LAUNCHED = "air_launched"
    GROUND_LAUNCHED = "ground_launched"
    IED = "ied"
    FIREARMS = "firearms"
    ARSON = "arson"
    BLADE_OR_BLUNT = "blade_or_blunt"
    UNARMED = "unarmed"
    CHEMICAL = "chemical"
    OTHER = "other"


class Resource(Coded):
    """The six health resources of the SSA (Annex 4): what the attack touched."""

    FACILITY = "facility"
    TRANSPORT = "transport"
    PERSONNEL = "personnel"
    PATIENTS = "patients"
    SUPPLIES = "supplies"
    WAREHOUSE = "warehouse"


class Certainty(Coded):
    """SSA certainty levels: whether the attack happened, not how accurate its details are."""

    RUMOUR = "rumour"
    POSSIBLE = "possible"
    PROBABLE = "probable"
    CONFIRMED = "confirmed"

    @property
    def rank(self) -> int:
        return list(Certainty).index(self)


class IncidentStatus(Coded):
    """Where an incident stands in the review workflow."""

    DRAFT = "draft"
    REVIEWED = "reviewed"
    PUBLISHED = "published"
    WITHHELD = "withheld"
    REJECTED = "rejected"


class FacilityType(Coded):
    """Our facility types (ANNOTATION.md ``facility_type``)."""

    HOSPITAL = "hospital"
    PRIMARY_CARE = "primary_care"
    MOBILE_CLINIC = "mobile_clinic"
    AMBULANCE = "ambulance"
    PHARMACY = "pharmacy"
    WAREHOUSE = "warehouse"
    OTHER = "other"


class SSAFacilityType(Coded):
    """The SSA export's ``Type of Facility`` values."""

    PRIMARY = "Primary"
    SECONDARY = "Secondary"
    TERTIARY = "Tertiary"
    MOBILE_CLINIC = "Mobile Clinic"
    PHARMACY = "Pharmacy"
    WAREHOUSE = "Warehouse"
    OTHER = "Other"


class Functionality(Coded):
    """HeRAMS-style functionality of a facility at a date."""

    FULLY = "fully_functioning"
    PARTIALLY = "partially_functioning"
    NOT = "not_functioning"
    UNKNOWN = "unknown"


class FunctionalityReason(Coded):
    """Why a facility is not fully functioning (HeRAMS cause categories)."""

    DAMAGE = "damage"
    INSECURITY = "insecurity"
    STAFF = "staff"
    SUPPLIES = "supplies"
    FINANCES = "finances"
    ACCESS = "access"
    POWER_OR_WATER = "power_or_water"
    OCCUPATION = "occupation"
    OTHER = "other"


class Damage(Coded):
    """Physical damage to the facility (``destroyed`` only for explicit whole-facility destruction)."""

    NONE = "none"
    DAMAGED = "damaged"
    DESTROYED = "destroyed"


class ServiceImpact(Coded):
    """Effect of the attack on the services the facility gives."""

    NONE = "none"
    PARTIAL = "partial"
    CLOSED = "closed"


class DatePrecision(Coded):
    """How precisely the date of an incident is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class GeoPrecision(Coded):
    """How precisely a place is known; ordered from fine to coarse (II's precision codes in brackets)."""

    EXACT = "exact"
    SETTLEMENT = "settlement"
    DISTRICT = "district"
    ADMIN1 = "admin1"
    COUNTRY = "country"


_TERMS: dict[type, dict] = {
    AttackType: {
        AttackType.HEAVY_WEAPONS: Term(
            "Violence with heavy weapons",
            "Airstrike, shelling, missile, rocket, barrel bomb, drone strike, tank fire: weapons needing "
            "more than one person or a platform to operate.",
        ),
        AttackType.INDIVIDUAL_WEAPONS: Term(
            "Violence with individual weapons",
            "Gunfire, small arms, knives and other weapons one person can use.",
        ),
        AttackType.EXPLOSIVE_DEVICE: Term(
            "Explosive device", "IED, car bomb, suicide bomb, landmine, grenade left or thrown."
        ),
        AttackType.CHEMICAL: Term(
            "Chemical agent", "Deliberate release of a hazardous chemical against the facility or its staff."
        ),
        AttackType.ARSON: Term("Setting fire", "Arson: malicious burning of a facility, vehicle or supplies."),
        AttackType.ARMED_ENTRY: Term(
            "Armed or violent search",
            "Armed or violent search, raid or forced entry into a facility, vehicle or of personnel.",
        ),
        AttackType.MILITARY_USE: Term(
            "Militarization", "Occupation or use of a health facility or vehicle by armed forces or groups."
        ),
        AttackType.LOOTING: Term(
            "Removal of health care assets", "Looting, theft, robbery or confiscation of health assets."
        ),
        AttackType.OBSTRUCTION: Term(
            "Obstruction to health care delivery",
            "Blocked access, denied passage, ambulances stopped, patients prevented from reaching care.",
        ),
        AttackType.ABDUCTION_ARREST: Term(
            "Abduction, arrest or detention",
            "Kidnapping, arrest or detention of health workers or patients.",
        ),
        AttackType.ASSAULT: Term("Assault", "Person-to-person violence without weapons."),
        AttackType.THREAT: Term(
            "Psychological violence, threat or intimidation",
            "Threats, intimidation, insults and humiliation.",
        ),
        AttackType.SEXUAL_VIOLENCE: Term("Sexual assault", "A sexual act without freely given consent."),
    },
    Weapon: {
        Weapon.AIR_LAUNCHED: Term("Air-launched explosive weapon", "Airstrike, aerial bomb, barrel bomb, drone."),
        Weapon.GROUND_LAUNCHED: Term(
            "Ground-launched explosive weapon", "Shelling, artillery, mortar, rocket, missile, tank fire, RPG."
        ),
        Weapon.IED: Term("Improvised explosive device", "IED, car bomb, suicide bomb, landmine, UXO, grenade."),
        Weapon.FIREARMS: Term("Firearms", "Guns, rifles, live bullets."),
        Weapon.ARSON: Term("Arson", "Fire set deliberately."),
        Weapon.BLADE_OR_BLUNT: Term("Knife or blunt object", "Knives, sticks, stones, clubs."),
        Weapon.UNARMED: Term("Unarmed", "Fists, feet, no weapon."),
        Weapon.CHEMICAL: Term("Chemical weapon", "Chlorine, sarin or other toxic chemicals."),
        Weapon.OTHER: Term("Other weapon", "Any weapon not in the classes above."),
    },
    Resource: {
        Resource.FACILITY: Term("Health care facility", "Any facility, fixed, mobile or temporary, giving care."),
        Resource.TRANSPORT: Term("Health care transport", "Ambulances and any vehicle carrying the sick or supplies."),
        Resource.PERSONNEL: Term("Health care personnel", "Anyone who contributes to care, medical or auxiliary."),
        Resource.PATIENTS: Term("Patients", "Anyone seeking or needing health care."),
        Resource.SUPPLIES: Term("Health care supplies", "Medicines, vaccines, equipment and other health assets."),
        Resource.WAREHOUSE: Term("Health care warehouse", "A facility or space storing health supplies."),
    },
    Certainty: {
        Certainty.RUMOUR: Term(
            "Rumour", "Social media, hearsay or an anonymous submission; anything not meeting a higher level."
        ),
        Certainty.POSSIBLE: Term(
            "Possible", "A local or international media report, or a non-partner organisation's report."
        ),
        Certainty.PROBABLE: Term(
            "Probable", "One eyewitness account to a partner, or two secondary accounts given to partners."
        ),
        Certainty.CONFIRMED: Term(
            "Confirmed",
            "A partner attacked itself reports it, one partner eyewitness, two eyewitness accounts, or probable "
            "plus a photo, video, satellite image or an international media or police report clearly evidencing it.",
        ),
    },
    IncidentStatus: {
        IncidentStatus.DRAFT: Term("Draft", "Created by intake or linking; not yet checked by a person."),
        IncidentStatus.REVIEWED: Term("Reviewed", "Checked and graded by a reviewer."),
        IncidentStatus.PUBLISHED: Term("Published", "Released in public outputs under the field policy."),
        IncidentStatus.WITHHELD: Term("Withheld", "Verified but kept out of public outputs for safety."),
        IncidentStatus.REJECTED: Term("Rejected", "Not an attack on health care, or not supported."),
    },
    FacilityType: {
        FacilityType.HOSPITAL: Term("Hospital", "A hospital, including field and military hospitals."),
        FacilityType.PRIMARY_CARE: Term("Primary care", "Clinic, health centre, health post, dispensary."),
        FacilityType.MOBILE_CLINIC: Term("Mobile clinic", "A mobile or outreach clinic."),
        FacilityType.AMBULANCE: Term("Ambulance", "An ambulance or other health transport."),
        FacilityType.PHARMACY: Term("Pharmacy", "A pharmacy or drug store."),
        FacilityType.WAREHOUSE: Term("Warehouse", "A medical store or warehouse."),
        FacilityType.OTHER: Term("Other", "Laboratory, blood bank, vaccination post or other health site."),
    },
    SSAFacilityType: {m: Term(m.value, f"SSA export facility type {m.value!r}.") for m in SSAFacilityType},
    Functionality: {
        Functionality.FULLY: Term("Fully functioning", "All usual services are available."),
        Functionality.PARTIALLY: Term("Partially functioning", "Some services are available."),
        Functionality.NOT: Term("Not functioning", "No services are available."),
        Functionality.UNKNOWN: Term("Unknown", "No recent information."),
    },
    FunctionalityReason: {
        FunctionalityReason.DAMAGE: Term("Damage", "Damage to the building or equipment."),
        FunctionalityReason.INSECURITY: Term("Insecurity", "Insecurity or attacks around the facility."),
        FunctionalityReason.STAFF: Term("Lack of staff", "Staff killed, fled or unable to reach work."),
        FunctionalityReason.SUPPLIES: Term("Lack of supplies", "Medicines, equipment or fuel missing."),
        FunctionalityReason.FINANCES: Term("Lack of finances", "No funds to operate."),
        FunctionalityReason.ACCESS: Term("Lack of access", "Patients or staff cannot reach the facility."),
        FunctionalityReason.POWER_OR_WATER: Term("Power or water", "Electricity or water cut."),
        FunctionalityReason.OCCUPATION: Term("Occupation", "Occupied or used by armed forces or groups."),
        FunctionalityReason.OTHER: Term("Other", "Any other reason."),
    },
    Damage: {
        Damage.NONE: Term("No damage", "The text says the facility was not damaged."),
        Damage.DAMAGED: Term("Damaged", "Partly damaged."),
        Damage.DESTROYED: Term("Destroyed", "Explicitly destroyed as a whole."),
    },
    ServiceImpact: {
        ServiceImpact.NONE: Term("No impact", "Services continued."),
        ServiceImpact.PARTIAL: Term("Partial", "Some services suspended or reduced."),
        ServiceImpact.CLOSED: Term("Closed", "Stopped operating or forced out of service."),
    },
    DatePrecision: {
        DatePrecision.DAY: Term("Day", "The day is known."),
        DatePrecision.MONTH: Term("Month", "Only the month is known."),
        DatePrecision.YEAR: Term("Year", "Only the year is known."),
    },
    GeoPrecision: {
        GeoPrecision.EXACT: Term("Exact", "Coordinates of the site itself. II code (1)."),
        GeoPrecision.SETTLEMENT: Term("Settlement", "A town or village, within about 25 km. II code (2)."),
        GeoPrecision.DISTRICT: Term("District", "A district or commune. II code (3)."),
        GeoPrecision.ADMIN1: Term("Province", "A province, state or governorate. II code (4)."),
        GeoPrecision.COUNTRY: Term("Country", "Only the country is known. II code (6)."),
    },
}


# --- Crosswalks -------------------------------------------------------------------------------

#: The labels of the WHO SSA public export, each mapped to our attack types. Labels contain commas
#: inside parentheses; ``notatarget.intake.datasets.who_ssa.split_attack_types`` splits a cell correctly.
SSA_ATTACK_LABELS: dict[str, tuple[AttackType, ...]] = {
    "Violence with heavy weapons (requires more than one person to use such as firearms, tanks, missiles, "
    "bombs, mortars)": (AttackType.HEAVY_WEAPONS,),
    "Violence with individual weapons (knives, bricks, clubs, guns, grenades and improvised explosive devices (IED)": (
        AttackType.INDIVIDUAL_WEAPONS,
    ),
    "Obstruction to health care delivery (e.g. physical, administrative, legal etc)": (AttackType.OBSTRUCTION,),
    "Psychological violence/threat of violence/intimidation": (AttackType.THREAT,),
    "Removal of health care assets (e.g. transport, supplies, materials)": (AttackType.LOOTING,),
    "Abduction/Arrest/Detention of health personnel or patients": (AttackType.ABDUCTION_ARREST,),
    "Armed or violent search of health care personnel, facility or transport": (AttackType.ARMED_ENTRY,),
    "Assault (without weapons)": (AttackType.ASSAULT,),
    "Militarization of a health care asset": (AttackType.MILITARY_USE,),
    "Setting fire": (AttackType.ARSON,),
    "Chemical agent": (AttackType.CHEMICAL,),
    "Sexual assault": (AttackType.SEXUAL_VIOLENCE,),
    "Criminalization of health care": (),
    "Other": (),
    "Unknown": (),
}

#: Our attack type -> the label we write in an SSA-style export.
SSA_LABEL_FOR: dict[AttackType, str] = {
    types[0]: label for label, types in SSA_ATTACK_LABELS.items() if len(types) == 1
}
# An explosive device is, in SSA terms, violence with individual weapons (the glossary lists IEDs there).
SSA_LABEL_FOR[AttackType.EXPLOSIVE_DEVICE] = SSA_LABEL_FOR[AttackType.INDIVIDUAL_WEAPONS]

#: Insecurity Insight incident-file indicator columns -> (attack type, resource) they evidence.
II_INDICATOR_COLUMNS: dict[str, tuple[AttackType | None, Resource]] = {
    "Number of Attacks on Health Facilities Reporting Destruction": (None, Resource.FACILITY),
    "Number of Attacks on Health Facilities Reporting Damaged": (None, Resource.FACILITY),
    "Forceful Entry into Health Facility": (AttackType.ARMED_ENTRY, Resource.FACILITY),
    "Occupation of Health Facility": (AttackType.MILITARY_USE, Resource.FACILITY),
    "Health Transportation Destroyed": (None, Resource.TRANSPORT),
    "Health Transportation Damaged": (None, Resource.TRANSPORT),
    "Health Transportation Stolen/Hijacked": (AttackType.LOOTING, Resource.TRANSPORT),
    "Looting/Theft/Robbery/Burglary of Health Supplies": (AttackType.LOOTING, Resource.SUPPLIES),
    "Access Denied or Obstructed": (AttackType.OBSTRUCTION, Resource.FACILITY),
    "Health Workers Killed": (None, Resource.PERSONNEL),
    "Health Workers Injured": (None, Resource.PERSONNEL),
    "Health Workers Kidnapped": (AttackType.ABDUCTION_ARREST, Resource.PERSONNEL),
    "Health Workers Arrested": (AttackType.ABDUCTION_ARREST, Resource.PERSONNEL),
    "Health Workers Threatened": (AttackType.THREAT, Resource.PERSONNEL),
    "Health Workers Assaulted": (AttackType.ASSAULT, Resource.PERSONNEL),
    "Health Workers Sexually Assaulted": (AttackType.SEXUAL_VIOLENCE, Resource.PERSONNEL),
}

#: Our facility type -> the SSA export's type of facility.
SSA_FACILITY_TYPE_FOR: dict[FacilityType, SSAFacilityType] = {
    FacilityType.HOSPITAL: SSAFacilityType.SECONDARY,
    FacilityType.PRIMARY_CARE: SSAFacilityType.PRIMARY,
    FacilityType.MOBILE_CLINIC: SSAFacilityType.MOBILE_CLINIC,
    FacilityType.AMBULANCE: SSAFacilityType.OTHER,
    FacilityType.PHARMACY: SSAFacilityType.PHARMACY,
    FacilityType.WAREHOUSE: SSAFacilityType.WAREHOUSE,
    FacilityType.OTHER: SSAFacilityType.OTHER,
}

#: The SSA export's type of facility -> ours (Secondary and Tertiary are hospitals).
FACILITY_TYPE_FROM_SSA: dict[SSAFacilityType, FacilityType] = {
    SSAFacilityType.PRIMARY: FacilityType.PRIMARY_CARE,
    SSAFacilityType.SECONDARY: FacilityType.HOSPITAL,
    SSAFacilityType.TERTIARY: FacilityType.HOSPITAL,
    SSAFacilityType.MOBILE_CLINIC: FacilityType.MOBILE_CLINIC,
    SSAFacilityType.PHARMACY: FacilityType.PHARMACY,
    SSAFacilityType.WAREHOUSE: FacilityType.WAREHOUSE,
    SSAFacilityType.OTHER: FacilityType.OTHER,
}

#: II geo-precision codes -> ours.
GEO_PRECISION_FROM_II: dict[int, GeoPrecision] = {
    1: GeoPrecision.EXACT,
    2: GeoPrecision.SETTLEMENT,
    3: GeoPrecision.DISTRICT,
    4: GeoPrecision.ADMIN1,
    5: GeoPrecision.DISTRICT,
    6: GeoPrecision.COUNTRY,
    7: GeoPrecision.COUNTRY,
}

#: Attack types that touch each resource when the target is known (used to derive SSA resources).
RESOURCE_FOR_FACILITY_TYPE: dict[FacilityType, Resource] = {
    FacilityType.HOSPITAL: Resource.FACILITY,
    FacilityType.PRIMARY_CARE: Resource.FACILITY,
    FacilityType.MOBILE_CLINIC: Resource.FACILITY,
    FacilityType.PHARMACY: Resource.FACILITY,
    FacilityType.OTHER: Resource.FACILITY,
    FacilityType.AMBULANCE: Resource.TRANSPORT,
    FacilityType.WAREHOUSE: Resource.WAREHOUSE,
}
