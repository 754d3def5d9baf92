//! Every UI text of a language in one struct, so a language that lacks a text does not
//! compile; plus the sentences built from numbers (summary, methods), which live here rather
//! than in components so they can be tested natively.

use super::assumptions::{InputError, Param, Scenario};
use super::calc::{Line, Method, RegionResult, Results};
use super::chart_text::{MapFacts, RateFacts, TimelineFacts};
use super::config::ConfigError;
use super::dataset::Kind;
use super::format::{self, NumberStyle};
use super::region::RegionId;

/// A language of the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// Norwegian bokmål, the default.
    #[default]
    Nb,
    /// Norwegian nynorsk.
    Nn,
    /// English.
    En,
}

impl Lang {
    /// Every language the widget has.
    pub const ALL: [Lang; 3] = [Lang::Nb, Lang::Nn, Lang::En];

    /// The language's own name, for choosers.
    pub const fn name(self) -> &'static str {
        match self {
            Lang::Nb => "Bokmål",
            Lang::Nn => "Nynorsk",
            Lang::En => "English",
        }
    }

    /// The BCP 47 tag for the document's `lang` attribute, and the address's `lang=` value.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
            Lang::En => "en",
        }
    }

    /// The language with this tag.
    pub fn parse(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// This language's texts.
    pub const fn strings(self) -> &'static Strings {
        match self {
            Lang::Nb => &super::lang_nb::STRINGS,
            Lang::Nn => &super::lang_nn::STRINGS,
            Lang::En => &super::lang_en::STRINGS,
        }
    }
}

/// The labels of the calculation steps, in table order.
#[derive(Debug)]
pub struct StepLabels {
    /// P0.
    pub before: &'static str,
    /// F.
    pub fbv: &'static str,
    /// T.
    pub cuts: &'static str,
    /// C.
    pub compensation: &'static str,
    /// P1.
    pub after: &'static str,
    /// P1 − P0.
    pub change: &'static str,
    /// Per 100 000, before.
    pub per_100k_before: &'static str,
    /// Per 100 000, after.
    pub per_100k_after: &'static str,
    /// The projection model beside the computed change.
    pub projection: &'static str,
}

/// The texts of the calculator: assumptions, scenarios, years, patients and cost.
#[derive(Debug)]
pub struct CalcStrings {
    /// Heading of the assumptions panel.
    pub panel_heading: &'static str,
    /// One line under it.
    pub panel_lede: &'static str,
    /// Group headings: FBV, cuts, compensation, stays and occupancy, cost.
    pub groups: [&'static str; 5],
    /// Labels: FBV, share, cut, unknown, comp, comp end, stay before, stay after, occupancy, cost.
    pub labels: [&'static str; 10],
    /// Units in the same order.
    pub units: [&'static str; 10],
    /// Before the default value.
    pub default_word: &'static str,
    /// The default of an unknown cut.
    pub unknown_default: &'static str,
    /// Marks on the FBV scale: the sources' low and high.
    pub fbv_marks: [&'static str; 2],
    /// Reset one control (followed by its label for screen readers).
    pub reset: &'static str,
    /// Reset every assumption.
    pub reset_all: &'static str,
    /// Legend of the scenario picker.
    pub scenario_legend: &'static str,
    /// Scenario names in [`Scenario::ALL`] order.
    pub scenarios: [&'static str; 4],
    /// One line on each scenario.
    pub scenario_notes: [&'static str; 4],
    /// Label of the comparison picker.
    pub compare_label: &'static str,
    /// Its "none" option.
    pub compare_none: &'static str,
    /// Label of the year picker.
    pub year_label: &'static str,
    /// Heading of the side-by-side view.
    pub compare_heading: &'static str,
    /// Column heading of the difference.
    pub difference: &'static str,
    /// Said when the two scenarios give the same numbers.
    pub no_difference: &'static str,
    /// Heading of patients and cost.
    pub people_heading: &'static str,
    /// Row labels: patients before, after; cost lost, cost restore, FBV payments.
    pub people_rows: [&'static str; 7],
    /// Column headers of the patients and cost table (its rows carry their own units).
    pub people_columns: [&'static str; 4],
    /// The copy button, and what it says after copying or failing.
    pub copy: [&'static str; 3],
    /// Refusals of a typed value, by [`InputError`].
    pub errors: [&'static str; 7],
    /// Said of a share edit: shares are scaled to add up to 100 %.
    pub share_note: &'static str,
}

/// Every text of one language. Each language (`lang_nb`, `lang_nn`, `lang_en`) fills in every
/// field, so a missing text does not compile.
#[derive(Debug)]
pub struct Strings {
    /// The language these are the texts of.
    pub lang: Lang,
    /// The charts' texts.
    pub charts: &'static super::chart_text::ChartStrings,
    /// The embed panel's texts.
    pub embed: &'static super::embed_text::EmbedStrings,
    /// The downloads' texts.
    pub export: &'static super::export::ExportStrings,
    /// The sentences built from numbers.
    pub sentences: &'static Sentences,
    /// The calculator's texts.
    pub calc: CalcStrings,
    /// Number typography.
    pub numbers: NumberStyle,
    /// Between two bounds when a dash would read as a minus.
    pub range_word: &'static str,
    /// Month names, January first.
    pub months: [&'static str; 12],
    /// Page and widget title.
    pub title: &'static str,
    /// The name of Norway (the other regions' names are the same in every language).
    pub norway: &'static str,
    /// The page's `<title>`.
    pub page_title: &'static str,
    /// The page's description (`<meta name="description">`).
    pub page_description: &'static str,
    /// One paragraph under the title.
    pub lede: &'static str,
    /// Label of the region picker.
    pub region_legend: &'static str,
    /// Heading of the steps table (before the years).
    pub steps_heading: &'static str,
    /// Column headings: step, places (with range), basis, sources.
    pub steps_columns: [&'static str; 4],
    /// Where a change stands, in `State` order, and the word before a status line.
    pub states: [&'static str; 7],
    /// Row labels.
    pub steps: StepLabels,
    /// Shown instead of a number that no source gives.
    pub unknown: &'static str,
    /// Marks a value that leaves unknown parts out.
    pub at_least: &'static str,
    /// Explains [`Strings::at_least`].
    pub unknown_note: &'static str,
    /// Mark before an estimated value.
    pub approx: &'static str,
    /// Name of each kind, for the basis column and the legend.
    pub kinds: [&'static str; 4],
    /// One-line explanation of each kind, for the legend.
    pub kind_explanations: [&'static str; 4],
    /// Heading of the legend.
    pub legend_heading: &'static str,
    /// Heading of the breakdown of cuts and purchases.
    pub breakdown_heading: &'static str,
    /// Column headings of the breakdown: region, what, places, from, sources.
    pub breakdown_columns: [&'static str; 5],
    /// Heading of the observed activity table.
    pub observed_heading: &'static str,
    /// Text under the observed heading.
    pub observed_lede: &'static str,
    /// Column headings: year, inpatient days, occupied places.
    pub observed_columns: [&'static str; 3],
    /// Label of the observed change row.
    pub observed_change: &'static str,
    /// Heading of the national cross-checks.
    pub checks_heading: &'static str,
    /// Label: reported places nationally.
    pub check_places: &'static str,
    /// Label: sum of the regions' places before.
    pub check_places_sum: &'static str,
    /// Label: places named as cut nationally.
    pub check_cut_named: &'static str,
    /// Label: FBV + cuts in this calculation.
    pub check_lost_sum: &'static str,
    /// Label: private share of capacity.
    pub check_private_share: &'static str,
    /// Label: FBV payments.
    pub check_fbv_payments: &'static str,
    /// Unit after million kroner.
    pub million_kroner: &'static str,
    /// Heading of the sources section.
    pub sources_heading: &'static str,
    /// The compact view's switch that opens the legend, methods and sources.
    pub sources_toggle: &'static str,
    /// Shown instead of the widget after a crash: what happened, and the reload link.
    pub crashed: [&'static str; 2],
    /// Above a pre-rendered page for readers without JavaScript.
    pub no_script: &'static str,
    /// Heading of the method list.
    pub methods_heading: &'static str,
    /// Heading of the source list.
    pub source_list_heading: &'static str,
    /// Said of a source whose address was not recorded.
    pub no_link: &'static str,
    /// Text before the data release id.
    pub release_label: &'static str,
    /// Footer on privacy.
    pub privacy: &'static str,
    /// Said of a cut's effective date when none is given.
    pub no_date: &'static str,
    /// Label: region breakdown for Norway.
    pub regions_heading: &'static str,
    /// "Kilder og metode": what one place is, and which providers each count holds.
    pub place_definition: &'static str,
    /// "Kilder og metode": how dates and statuses count in a year.
    pub in_force_rule: &'static str,
    /// Status notes: "counted as", the word for places, and "in" before the year.
    pub counted_as: [&'static str; 3],
    /// After a year with no NPR data yet, in the year picker.
    pub projected: &'static str,
    /// What a projected year rests on (`{year}` is replaced).
    pub projected_note: &'static str,
    /// Shown where the places after fall below the places NPR measured as occupied.
    pub below_occupied: &'static str,
    /// Cross-check: Helse Sør-Øst's yearly frame for private contracted providers, and that
    /// frame per contracted place.
    pub check_frame: [&'static str; 2],
}

/// The index of a parameter's label and unit.
const fn param_slot(param: Param) -> usize {
    match param {
        Param::Fbv => 0,
        Param::Share(_) => 1,
        Param::Cut(_) => 2,
        Param::Unknown(_) => 3,
        Param::Comp(_) => 4,
        Param::CompEnd(_) => 5,
        Param::StayBefore => 6,
        Param::StayAfter => 7,
        Param::Occupancy => 8,
        Param::Cost => 9,
    }
}

impl Strings {
    /// The name of a kind.
    pub fn kind(&self, kind: Kind) -> &'static str {
        self.kinds[kind as usize]
    }

    /// The explanation of a kind.
    pub fn kind_explanation(&self, kind: Kind) -> &'static str {
        self.kind_explanations[kind as usize]
    }

    pub(super) fn int(&self, x: f64) -> String {
        format::number(self.numbers, x, 0)
    }

    pub(super) fn span_text(&self, line_span: super::span::Span, decimals: u8) -> String {
        let mid = format::number(self.numbers, line_span.mid, decimals);
        match format::range(self, line_span, decimals, false) {
            Some(r) => format!("{mid} ({r})"),
            None => mid,
        }
    }

    /// The one-line method of a computed figure.
    pub fn method(&self, method: &Method, data_year: u16) -> String {
        match method {
            Method::Seeded(text) => text.get(self.lang).to_owned(),
            other => (self.sentences.method)(self, other, data_year),
        }
    }

    /// How occupancy was found, with its values.
    pub fn occupancy(&self, line: &Line, data_year: u16) -> String {
        let Method::Occupancy {
            national_places,
            low_year,
            fbv_days,
        } = line.method
        else {
            return String::new();
        };
        (self.sentences.occupancy)(
            self,
            &OccupancyFacts {
                national_places,
                low_year,
                fbv_days,
                data_year,
                span: line.span,
            },
        )
    }

    /// Why a typed or addressed value was refused.
    pub fn input_error(&self, error: &InputError) -> String {
        let e = &self.calc.errors;
        match error {
            InputError::Empty => e[0].to_owned(),
            InputError::TooLong => e[1].to_owned(),
            InputError::NotANumber => e[2].to_owned(),
            InputError::NotFinite => e[3].to_owned(),
            InputError::Negative => e[4].to_owned(),
            InputError::NotWhole => e[5].to_owned(),
            InputError::NoShareLeft => e[6].to_owned(),
            InputError::OutOfRange { min, max } => (self.sentences.out_of_range)(self, *min, *max),
        }
    }

    /// The label of a parameter, with the region for regional ones.
    pub fn param_label(&self, param: Param) -> String {
        let label = self.calc.labels[param_slot(param)];
        match param.region() {
            Some(region) => format!("{label}, {}", self.region_name(region)),
            None => label.to_owned(),
        }
    }

    /// The unit of a parameter.
    pub fn param_unit(&self, param: Param) -> &'static str {
        self.calc.units[param_slot(param)]
    }

    /// A parameter's value as shown beside its control.
    pub fn param_value(&self, param: Param, value: f64) -> String {
        let decimals = match param {
            Param::StayBefore | Param::StayAfter | Param::Occupancy => 1,
            Param::Cost => 2,
            Param::CompEnd(_) => return format::plain(value),
            _ => 0,
        };
        format::number(self.numbers, value, decimals)
    }

    /// Where a change stands, in this language.
    pub fn state(&self, state: super::dataset::State) -> &'static str {
        self.states[state as usize]
    }

    /// "Status", before a change's dated statuses.
    pub fn status_word(&self) -> &'static str {
        self.states[6]
    }

    /// A year in the year picker; a year NPR has no whole-year figures for yet is marked.
    pub fn year_option(&self, year: u16, last_measured: u16) -> String {
        if year > last_measured {
            format!("{year} ({})", self.projected)
        } else {
            year.to_string()
        }
    }

    /// One line on where the changes stand that are not simply in force: each cut dated after
    /// the reference year whose status leaves it uncertain (decided, announced or halted), with
    /// its latest status and what it counts as in `year`. At most two, the widest first. Empty
    /// when every change counted is in force. A projected year adds what it rests on.
    pub fn status_note(&self, result: &RegionResult, year: u16, last_measured: u16) -> String {
        use super::dataset::State;
        let mut open: Vec<&super::calc::CutLine> = result
            .cut_lines
            .iter()
            .filter(|c| !c.history)
            .filter(|c| {
                matches!(
                    super::calc::current_state(c.cut.status),
                    State::Decided | State::Announced | State::Halted
                )
            })
            .filter(|c| c.places.as_ref().is_some_and(|l| l.span.high > 0.0))
            .collect();
        open.sort_by(|a, b| {
            let width = |c: &super::calc::CutLine| {
                c.places.as_ref().map_or(0.0, |l| l.span.high - l.span.low)
            };
            width(b).total_cmp(&width(a))
        });
        // The widest one only, so that the note stays one line in a compact embed.
        let parts: Vec<String> = open
            .iter()
            .take(1)
            .filter_map(|c| {
                let line = c.places.as_ref()?;
                let (first, last) = (c.cut.status.first()?, c.cut.status.last()?);
                let size = c.cut.places.as_ref().map_or(0.0, |p| p.value);
                let mid = format::number(self.numbers, line.span.mid, 0);
                let counted = match format::range(self, line.span, 0, false) {
                    Some(range) => format!("{mid} ({range})"),
                    None => mid,
                };
                let region = if result.region == RegionId::Norge {
                    format!("{}, ", c.region.name())
                } else {
                    String::new()
                };
                let mut text = format!(
                    "{region}{}: {} {} {} {}",
                    c.cut.label.get(self.lang),
                    format::number(self.numbers, size, 0),
                    self.counted_as[1],
                    self.state(first.state),
                    format::iso_date(self, first.date),
                );
                if !std::ptr::eq(first, last) {
                    text.push_str(&format!(
                        ", {} {}",
                        self.state(last.state),
                        format::iso_date(self, last.date)
                    ));
                }
                text.push_str(&format!(
                    "; {} {counted} {year}",
                    self.counted_as[0],
                    year = format_args!("{} {year}", self.counted_as[2]),
                ));
                Some(text)
            })
            .collect();
        let mut text = if parts.is_empty() {
            String::new()
        } else {
            format!("{}: {}.", self.status_word(), parts.join("; "))
        };
        if year > last_measured {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&self.projected_note.replace("{year}", &year.to_string()));
        }
        text
    }

    /// The name of a region in this language.
    pub fn region_name(&self, region: RegionId) -> &'static str {
        if region == RegionId::Norge {
            self.norway
        } else {
            region.name()
        }
    }

    /// The name of a scenario.
    pub fn scenario(&self, scenario: Scenario) -> &'static str {
        self.calc.scenarios[scenario as usize]
    }

    /// The notice shown for the first value in the address that could not be used; `more`
    /// counts the others.
    pub fn config_notice(&self, error: &ConfigError, more: usize) -> String {
        let mut out = (self.sentences.config_notice)(self, error);
        if more > 0 {
            out.push(' ');
            out.push_str(&(self.sentences.more_refused)(self, more));
        }
        out
    }

    /// The two readings of shorter stays, side by side and without a verdict: the open
    /// letter's shorter treatment per person, and Helse Sør-Øst's at least as many patients.
    pub fn perspectives(&self, results: &Results, result: &RegionResult) -> [String; 2] {
        let change = |before: f64, after: f64| {
            if before > 0.0 {
                (after - before) / before * 100.0
            } else {
                0.0
            }
        };
        let (before, after) = (results.stay_before.span.mid, results.stay_after.span.mid);
        let (pb, pa) = (
            result.patients_before.map_or(0.0, |l| l.span.mid),
            result.patients_after.map_or(0.0, |l| l.span.mid),
        );
        (self.sentences.perspectives)(
            self,
            &Perspectives {
                stay: (before, after, change(before, after)),
                patients: (pb, pa, change(pb, pa)),
            },
        )
    }

    /// A share written as a percentage with its range: `96,4 (95,0–97,1) %`.
    pub(super) fn pct_span(&self, span: super::span::Span) -> String {
        let mut text = self.span_text(span.scale(100.0), 1);
        if self.numbers.percent_space {
            text.push('\u{a0}');
        }
        text.push('%');
        text
    }

    /// The plain sentence that sums up a region.
    pub fn summary(
        &self,
        result: &RegionResult,
        reference_year: u16,
        after_year: u16,
        scenario: Scenario,
    ) -> String {
        let change = &result.change;
        (self.sentences.summary)(
            self,
            &SummaryFacts {
                region: result.region,
                lost: -change.span.mid,
                before: result.before.span.mid,
                change_pct: result.change_pct.span.mid,
                approx: change.kind.is_uncertain() || change.span.is_range(),
                years: (reference_year, after_year),
                scenario: (scenario != Scenario::Vedtatt).then(|| self.scenario(scenario)),
                partly_unknown: result.cuts.partly_unknown,
            },
        )
    }

    /// The value of a line as shown in a cell: `≈ 323`, `1 139`; with `minimum`, a line that
    /// leaves unknown parts out reads `minst 134`.
    pub fn value(&self, line: &Line, decimals: u8, with_sign: bool, minimum: bool) -> String {
        let number = if with_sign {
            format::signed(self.numbers, line.span.mid, decimals)
        } else {
            format::number(self.numbers, line.span.mid, decimals)
        };
        let mut out = String::new();
        if minimum && line.partly_unknown {
            out.push_str(self.at_least);
            out.push(' ');
        }
        if line.kind.is_uncertain() {
            out.push_str(self.approx);
            out.push('\u{a0}');
        }
        out.push_str(&number);
        out
    }
}

/// The sentences a language builds from numbers, one function each, so every language writes
/// its own word order. The facts are computed here, once, for all languages.
#[derive(Debug)]
pub struct Sentences {
    /// The one-line method of a computed figure (seeded methods are the seeds' own text).
    pub method: fn(&Strings, &Method, u16) -> String,
    /// How occupancy was found.
    pub occupancy: fn(&Strings, &OccupancyFacts) -> String,
    /// Refusal of a value outside `min`–`max`.
    pub out_of_range: fn(&Strings, f64, f64) -> String,
    /// The notice for a value in the address that could not be used.
    pub config_notice: fn(&Strings, &ConfigError) -> String,
    /// Added to that notice when `n` more values were not used either.
    pub more_refused: fn(&Strings, usize) -> String,
    /// The open letter's and Helse Sør-Øst's readings of shorter stays.
    pub perspectives: fn(&Strings, &Perspectives) -> [String; 2],
    /// The sentence that sums up a region.
    pub summary: fn(&Strings, &SummaryFacts) -> String,
    /// The legend text of a map class.
    pub class_label: fn(&Strings, u8) -> String,
    /// The bridge's description: region, year, reference year.
    pub describe_waterfall: fn(&Strings, &RegionResult, u16, u16) -> String,
    /// The comparison's description.
    pub describe_rates: fn(&Strings, &RateFacts) -> String,
    /// The timeline's description.
    pub describe_timeline: fn(&Strings, &TimelineFacts) -> String,
    /// The map's description: each region's change in per cent, and the largest fall if any.
    pub describe_map: fn(&Strings, &MapFacts) -> String,
}

/// How occupancy was found: reported places nationally, the year of the low estimate, the
/// data year, and occupancy (fractions) low, central and high.
#[derive(Debug)]
pub struct OccupancyFacts {
    /// Reported places nationally.
    pub national_places: f64,
    /// Year of the low estimate.
    pub low_year: u16,
    /// FBV inpatient days taken out.
    pub fbv_days: u32,
    /// Year of the activity data.
    pub data_year: u16,
    /// Occupancy as fractions.
    pub span: super::span::Span,
}

/// The two readings of shorter stays: stays before, after (months) and their change (per
/// cent); patients a year before, after and their change.
#[derive(Debug)]
pub struct Perspectives {
    /// Stay before, after, change in per cent.
    pub stay: (f64, f64, f64),
    /// Patients a year before, after, change in per cent.
    pub patients: (f64, f64, f64),
}

/// What the summary sentence says.
#[derive(Debug)]
pub struct SummaryFacts {
    /// The region.
    pub region: RegionId,
    /// Places lost (negative: gained).
    pub lost: f64,
    /// Places before.
    pub before: f64,
    /// Change in per cent.
    pub change_pct: f64,
    /// The change is an estimate or a range.
    pub approx: bool,
    /// Reference year and the year shown.
    pub years: (u16, u16),
    /// The scenario's name, unless it is the default.
    pub scenario: Option<&'static str>,
    /// Some cuts are not quantified.
    pub partly_unknown: bool,
}
