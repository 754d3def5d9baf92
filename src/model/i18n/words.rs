//! The small named groups of words that several texts share: table columns, legends, the
//! words for states, kinds, scenarios and months. Named fields only, so a language cannot
//! put a word in the wrong place without the compiler seeing a wrong name.

use crate::model::calc::assumptions::{Param, Scenario};
use crate::model::config::embed::{Part, Theme};
use crate::model::dataset::{Kind, State};

/// The group headings of the assumptions panel.
#[derive(Debug)]
pub struct Groups {
    /// Free choice of treatment (FBV).
    pub fbv: &'static str,
    /// Cuts in tenders and at public hospitals.
    pub cuts: &'static str,
    /// Places bought in to compensate.
    pub compensation: &'static str,
    /// Length of stay and occupancy.
    pub stays: &'static str,
    /// Cost.
    pub cost: &'static str,
}

/// One word or label per kind of assumption (see `Param`).
#[derive(Debug)]
pub struct ParamWords {
    /// FBV places lost nationally.
    pub fbv: &'static str,
    /// A region's share of the FBV loss.
    pub share: &'static str,
    /// Known cuts.
    pub cut: &'static str,
    /// The size assumed for unknown cuts.
    pub unknown: &'static str,
    /// Compensating places.
    pub comp: &'static str,
    /// The last year compensating places count.
    pub comp_end: &'static str,
    /// Length of long-term stays before.
    pub stay_before: &'static str,
    /// Length of long-term stays after.
    pub stay_after: &'static str,
    /// Occupancy.
    pub occupancy: &'static str,
    /// Cost per place and year.
    pub cost: &'static str,
}

/// Marks on the FBV scale.
#[derive(Debug)]
pub struct FbvMarks {
    /// The sources' low figure.
    pub low: &'static str,
    /// The sources' high figure.
    pub high: &'static str,
}

/// One text per scenario (see `Scenario`).
#[derive(Debug)]
pub struct ScenarioWords {
    /// As decided.
    pub vedtatt: &'static str,
    /// Stop the cuts.
    pub stans: &'static str,
    /// The projection.
    pub framskrivning: &'static str,
    /// The reader's own numbers.
    pub egne: &'static str,
}

/// Row labels of the patients and cost table.
#[derive(Debug)]
pub struct PeopleRows {
    /// Patients a year in the tender's places, before.
    pub patients_before: &'static str,
    /// Patients a year in the same places, after.
    pub patients_after: &'static str,
    /// Yearly cost of the places lost.
    pub cost_lost: &'static str,
    /// Yearly cost of restoring the places not compensated.
    pub cost_restore: &'static str,
    /// Payments through FBV before it ended.
    pub fbv_payments: &'static str,
    /// Patients in inpatient treatment according to NPR, before.
    pub npr_before: &'static str,
    /// Patients in inpatient treatment according to NPR, after.
    pub npr_after: &'static str,
}

/// A copy button and what it says afterwards.
#[derive(Debug)]
pub struct CopyWords {
    /// The button.
    pub button: &'static str,
    /// After copying.
    pub done: &'static str,
    /// When copying failed.
    pub failed: &'static str,
}

/// Refusals of a typed value (see `InputError`).
#[derive(Debug)]
pub struct InputErrors {
    /// Nothing typed.
    pub empty: &'static str,
    /// Too long to be a number.
    pub too_long: &'static str,
    /// Not a number.
    pub not_a_number: &'static str,
    /// Not a finite number.
    pub not_finite: &'static str,
    /// Negative.
    pub negative: &'static str,
    /// Not a whole year.
    pub not_whole: &'static str,
    /// Every region's share is zero.
    pub no_share_left: &'static str,
}

/// Month names.
#[derive(Debug)]
pub struct Months {
    /// January.
    pub january: &'static str,
    /// February.
    pub february: &'static str,
    /// March.
    pub march: &'static str,
    /// April.
    pub april: &'static str,
    /// May.
    pub may: &'static str,
    /// June.
    pub june: &'static str,
    /// July.
    pub july: &'static str,
    /// August.
    pub august: &'static str,
    /// September.
    pub september: &'static str,
    /// October.
    pub october: &'static str,
    /// November.
    pub november: &'static str,
    /// December.
    pub december: &'static str,
}

/// Where a change stands (see `State`), and the word before a status line.
#[derive(Debug)]
pub struct StateWords {
    /// Announced.
    pub announced: &'static str,
    /// Decided.
    pub decided: &'static str,
    /// In force.
    pub in_force: &'static str,
    /// Halted.
    pub halted: &'static str,
    /// Cancelled.
    pub cancelled: &'static str,
    /// Ended.
    pub ended: &'static str,
    /// "Status", before a change's statuses.
    pub status: &'static str,
    /// "Last known status", before a status older than twelve months at the release.
    pub last_known: &'static str,
    /// After a decision no source confirms as carried out, where it is the last status.
    pub unconfirmed: &'static str,
}

/// One text per kind of figure (see `Kind`).
#[derive(Debug)]
pub struct KindWords {
    /// Reported.
    pub reported: &'static str,
    /// Derived.
    pub derived: &'static str,
    /// Estimate.
    pub estimate: &'static str,
    /// Assumption.
    pub assumption: &'static str,
}

/// Shown instead of the widget after a crash.
#[derive(Debug)]
pub struct CrashWords {
    /// What happened.
    pub message: &'static str,
    /// The reload link.
    pub reload: &'static str,
}

/// The words of the corrections log ("Endringer i denne datautgaven").
#[derive(Debug)]
pub struct CorrectionWords {
    /// The heading.
    pub heading: &'static str,
    /// Before the previous release's date.
    pub lede: &'static str,
    /// Places before, in the reference year (`{year}`).
    pub before: &'static str,
    /// Places after, in the years (`{years}`).
    pub after: &'static str,
    /// The change from the reference year (`{year}`) to the years (`{years}`).
    pub change: &'static str,
    /// Between the last two years of a list.
    pub and: &'static str,
    /// The unit after old → new.
    pub places: &'static str,
}

/// The words of a status note.
#[derive(Debug)]
pub struct CountedAs {
    /// "Counted as".
    pub counted: &'static str,
    /// The word for places.
    pub places: &'static str,
    /// Before a cut's size: "kutt på", "a cut of".
    pub cut_of: &'static str,
    /// Before the year.
    pub in_year: &'static str,
}

/// The cross-check of Helse Sør-Øst's frame for contracted providers.
#[derive(Debug)]
pub struct FrameCheck {
    /// The yearly frame.
    pub frame: &'static str,
    /// The frame per contracted place.
    pub per_place: &'static str,
}

/// Labels of the embed panel's controls.
#[derive(Debug)]
pub struct EmbedLabels {
    /// Region.
    pub region: &'static str,
    /// Colour theme.
    pub theme: &'static str,
    /// Parts shown.
    pub parts: &'static str,
    /// Height without the script.
    pub height: &'static str,
    /// Language.
    pub lang: &'static str,
}

/// The colour themes (see `Theme`).
#[derive(Debug)]
pub struct ThemeWords {
    /// The reader's setting.
    pub auto: &'static str,
    /// Light.
    pub light: &'static str,
    /// Dark.
    pub dark: &'static str,
}

/// The names of the parts (see `Part`).
#[derive(Debug)]
pub struct PartWords {
    /// Choose area.
    pub picker: &'static str,
    /// Scenario and year.
    pub scenarios: &'static str,
    /// Summary.
    pub summary: &'static str,
    /// The bridge chart.
    pub bridge: &'static str,
    /// The per 100 000 chart.
    pub rates: &'static str,
    /// The activity chart.
    pub timeline: &'static str,
    /// The map.
    pub map: &'static str,
    /// The steps table.
    pub table: &'static str,
    /// The assumptions.
    pub assumptions: &'static str,
    /// Patients and cost.
    pub people: &'static str,
    /// Explanation, sources and method.
    pub details: &'static str,
}

impl ParamWords {
    /// The word for `param`'s kind.
    pub const fn of(&self, param: Param) -> &'static str {
        match param {
            Param::Fbv => self.fbv,
            Param::Share(_) => self.share,
            Param::Cut(_) => self.cut,
            Param::Unknown(_) => self.unknown,
            Param::Comp(_) => self.comp,
            Param::CompEnd(_) => self.comp_end,
            Param::StayBefore => self.stay_before,
            Param::StayAfter => self.stay_after,
            Param::Occupancy => self.occupancy,
            Param::Cost => self.cost,
        }
    }
}

impl ScenarioWords {
    /// The text of `scenario`.
    pub const fn of(&self, scenario: Scenario) -> &'static str {
        match scenario {
            Scenario::Vedtatt => self.vedtatt,
            Scenario::Stans => self.stans,
            Scenario::Framskrivning => self.framskrivning,
            Scenario::Egne => self.egne,
        }
    }
}

impl KindWords {
    /// The text of `kind`.
    pub const fn of(&self, kind: Kind) -> &'static str {
        match kind {
            Kind::Reported => self.reported,
            Kind::Derived => self.derived,
            Kind::Estimate => self.estimate,
            Kind::Assumption => self.assumption,
        }
    }
}

impl StateWords {
    /// The word for `state`.
    pub const fn of(&self, state: State) -> &'static str {
        match state {
            State::Announced => self.announced,
            State::Decided => self.decided,
            State::InForce => self.in_force,
            State::Halted => self.halted,
            State::Cancelled => self.cancelled,
            State::Ended => self.ended,
        }
    }
}

impl ThemeWords {
    /// The name of `theme`.
    pub const fn of(&self, theme: Theme) -> &'static str {
        match theme {
            Theme::Auto => self.auto,
            Theme::Light => self.light,
            Theme::Dark => self.dark,
        }
    }
}

impl PartWords {
    /// The name of `part`.
    pub const fn of(&self, part: Part) -> &'static str {
        match part {
            Part::Picker => self.picker,
            Part::Scenarios => self.scenarios,
            Part::Summary => self.summary,
            Part::Bridge => self.bridge,
            Part::Rates => self.rates,
            Part::Timeline => self.timeline,
            Part::Map => self.map,
            Part::Table => self.table,
            Part::Assumptions => self.assumptions,
            Part::People => self.people,
            Part::Details => self.details,
        }
    }
}

impl Months {
    /// The name of month `month` (1–12); `None` for any other number.
    pub const fn get(&self, month: u8) -> Option<&'static str> {
        Some(match month {
            1 => self.january,
            2 => self.february,
            3 => self.march,
            4 => self.april,
            5 => self.may,
            6 => self.june,
            7 => self.july,
            8 => self.august,
            9 => self.september,
            10 => self.october,
            11 => self.november,
            12 => self.december,
            _ => return None,
        })
    }
}
