//! The sentences and labels built from numbers (summary, status notes, methods, values in
//! cells), as methods on [`Strings`]; each language gives the words and the word order.

use super::numbers;
use super::strings::Strings;
use crate::model::calc::assumptions::{InputError, Param, Scenario};
use crate::model::calc::{CutLine, Line, Method, RegionResult, Results};
use crate::model::config::ConfigError;
use crate::model::dataset::{Correction, Headline, Kind, State, Status};
use crate::model::region::RegionId;
use crate::model::span::Span;
use crate::model::view::facts::{Direction, OccupancyFacts, Perspectives, SummaryFacts};

/// The region's cuts after the reference year whose last status is one of `states`.
fn open_cuts<'a>(
    result: &'a RegionResult,
    states: &'a [State],
) -> impl Iterator<Item = &'a CutLine> + 'a {
    result
        .cut_lines
        .iter()
        .filter(|c| !c.history)
        .filter(move |c| states.contains(&crate::model::calc::current_state(c.cut.status)))
}

/// The widest change the sources leave open (announced, halted or cancelled) that the central
/// value counts as 0 though its high bound does not.
fn counted_zero(result: &RegionResult) -> Option<&CutLine> {
    open_cuts(result, &[State::Announced, State::Halted, State::Cancelled])
        .filter_map(|c| Some((c, c.places.as_ref()?)))
        .filter(|(_, l)| l.span.mid == 0.0 && l.span.high > 0.0)
        .max_by(|a, b| a.1.span.high.total_cmp(&b.1.span.high))
        .map(|(c, _)| c)
}

impl Strings {
    /// The name of a kind.
    pub fn kind(&self, kind: Kind) -> &'static str {
        self.kinds.of(kind)
    }

    /// The explanation of a kind.
    pub fn kind_explanation(&self, kind: Kind) -> &'static str {
        self.kind_explanations.of(kind)
    }

    pub(super) fn int(&self, x: f64) -> String {
        numbers::number(self.numbers, x, 0)
    }

    pub(super) fn span_text(&self, line_span: Span, decimals: u8) -> String {
        let mid = numbers::number(self.numbers, line_span.mid, decimals);
        match self.range(line_span, decimals, false) {
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
            fbv_places,
        } = line.method
        else {
            return String::new();
        };
        (self.sentences.occupancy)(
            self,
            &OccupancyFacts {
                national_places,
                low_year,
                fbv_places,
                data_year,
                span: line.span,
            },
        )
    }

    /// Why a typed or addressed value was refused.
    pub fn input_error(&self, error: &InputError) -> String {
        let e = &self.calc.errors;
        match error {
            InputError::Empty => e.empty.to_owned(),
            InputError::TooLong => e.too_long.to_owned(),
            InputError::NotANumber => e.not_a_number.to_owned(),
            InputError::NotFinite => e.not_finite.to_owned(),
            InputError::Negative => e.negative.to_owned(),
            InputError::NotWhole => e.not_whole.to_owned(),
            InputError::NoShareLeft => e.no_share_left.to_owned(),
            InputError::OutOfRange { min, max } => (self.sentences.out_of_range)(self, *min, *max),
        }
    }

    /// The label of a parameter, with the region for regional ones.
    pub fn param_label(&self, param: Param) -> String {
        let label = self.calc.labels.of(param);
        match param.region() {
            Some(region) => format!("{label}, {}", self.region_name(region)),
            None => label.to_owned(),
        }
    }

    /// The unit of a parameter.
    pub fn param_unit(&self, param: Param) -> &'static str {
        self.calc.units.of(param)
    }

    /// A parameter's value as shown beside its control.
    pub fn param_value(&self, param: Param, value: f64) -> String {
        let decimals = match param {
            Param::StayBefore | Param::StayAfter | Param::Occupancy => 1,
            Param::Cost => 2,
            Param::CompEnd(_) => return numbers::plain(value),
            _ => 0,
        };
        numbers::number(self.numbers, value, decimals)
    }

    /// Where a change stands, in this language.
    pub fn state(&self, state: State) -> &'static str {
        self.states.of(state)
    }

    /// One entry of the corrections log: "Helse Sør-Øst, endring fra 2022 (2025 og 2026): −98 →
    /// −121 plasser." followed by its reason.
    pub fn correction(&self, c: &Correction, reference_year: u16) -> (String, String) {
        let w = &self.corrections;
        let years: Vec<String> = c.years.iter().map(u16::to_string).collect();
        let years = match years.split_last() {
            Some((last, [])) => last.clone(),
            Some((last, rest)) => format!("{} {} {last}", rest.join(", "), w.and),
            None => String::new(),
        };
        let figure = match c.figure {
            Headline::Before => w.before,
            Headline::After => w.after,
            Headline::Change => w.change,
        }
        .replace("{year}", &reference_year.to_string())
        .replace("{years}", &years);
        let number = |x: f64| match c.figure {
            Headline::Change => numbers::signed(self.numbers, x, 0),
            _ => self.int(x),
        };
        let name = if c.region == RegionId::Norge {
            self.norway
        } else {
            c.region.name()
        };
        (
            format!("{name}, {figure}: "),
            format!(
                "{} → {} {}. {}",
                number(c.old),
                number(c.new),
                w.places,
                c.reason.get(self.lang)
            ),
        )
    }

    /// "Status", before a change's dated statuses.
    pub fn status_word(&self) -> &'static str {
        self.states.status
    }

    /// One status: its state, its date, what happened where the state's word does not say it,
    /// and the source's words. The last status, if older than twelve months at the release,
    /// reads as the last known status with its date.
    pub fn status_step(&self, status: &Status, last: bool, release_date: &str) -> String {
        let mut text = self.status_short(status, last, release_date);
        match (status.quote, status.quote_en) {
            (Some(q), Some(gloss)) if self.lang == crate::model::Lang::En => {
                text.push_str(&format!(" («{q}», \u{201c}{gloss}\u{201d})"));
            }
            (Some(q), _) => text.push_str(&format!(" («{q}»)")),
            (None, _) => {}
        }
        text
    }

    /// What happened last and when, for a clause in the copied sentence: the status's own words
    /// (or the state's) and its date, "ny anbudsrunde under forberedelse, 17. oktober 2025".
    pub fn status_brief(&self, status: &Status) -> String {
        let what = status
            .note
            .map_or_else(|| self.state(status.state), |n| n.get(self.lang));
        format!("{what}, {}", self.iso_date(status.date))
    }

    /// A cut's name in a clause: its short name, or its label.
    pub fn cut_name(&self, line: &CutLine) -> &'static str {
        line.cut.short.unwrap_or(line.cut.label).get(self.lang)
    }

    /// [`Strings::status_step`] without the source's words, for a short clause.
    pub fn status_short(&self, status: &Status, last: bool, release_date: &str) -> String {
        let date = self.iso_date(status.date);
        let mut text = if last && crate::model::calc::is_stale(status.date, release_date) {
            format!(
                "{} ({date}): {}",
                self.states.last_known,
                self.state(status.state)
            )
        } else {
            format!("{} {date}", self.state(status.state))
        };
        if let Some(note) = status.note {
            text.push_str(", ");
            text.push_str(note.get(self.lang));
        }
        if last && status.state == State::Decided {
            text.push_str(", ");
            text.push_str(self.states.unconfirmed);
        }
        text
    }

    /// "Status: announced 19 January 2024 → … → last known status (17 October 2025): …", dates
    /// as the sources give them and quotes in the source's words.
    pub fn status_line(&self, status: &[Status], release_date: &str) -> String {
        let steps: Vec<String> = status
            .iter()
            .enumerate()
            .map(|(i, st)| self.status_step(st, i + 1 == status.len(), release_date))
            .collect();
        if steps.is_empty() {
            String::new()
        } else {
            format!("{}: {}", self.status_word(), steps.join(" → "))
        }
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
    pub fn status_note(
        &self,
        result: &RegionResult,
        year: u16,
        last_measured: u16,
        release_date: &str,
        compact: bool,
    ) -> String {
        let mut open: Vec<&CutLine> =
            open_cuts(result, &[State::Decided, State::Announced, State::Halted])
                .filter(|c| c.places.as_ref().is_some_and(|l| l.span.high > 0.0))
                .collect();
        open.sort_by(|a, b| {
            let width = |c: &CutLine| c.places.as_ref().map_or(0.0, |l| l.span.high - l.span.low);
            width(b).total_cmp(&width(a))
        });
        // The widest one only, so that the note stays one line in a compact embed; there, when
        // the summary sentence already says a change counts 0, the note leaves the changes to it.
        let said = compact && counted_zero(result).is_some();
        let parts: Vec<String> = open
            .iter()
            .filter(|_| !said)
            .take(1)
            .filter_map(|c| {
                let line = c.places.as_ref()?;
                let (first, last) = (c.cut.status.first()?, c.cut.status.last()?);
                let size = c.cut.places.as_ref().map_or(0.0, |p| p.value);
                let mid = numbers::number(self.numbers, line.span.mid, 0);
                let counted = match self.range(line.span, 0, false) {
                    Some(range) => format!("{mid} ({range})"),
                    None => mid,
                };
                let label = self.cut_name(c);
                let label = if result.region == RegionId::Norge {
                    // Lower case after the region's name, mid-sentence.
                    let mut chars = label.chars();
                    let first = chars.next().map(|f| f.to_lowercase().collect::<String>());
                    format!(
                        "{}, {}{}",
                        c.region.name(),
                        first.unwrap_or_default(),
                        chars.as_str()
                    )
                } else {
                    label.to_owned()
                };
                let size = format!(
                    "{label}: {} {} {}",
                    self.counted_as.cut_of,
                    numbers::number(self.numbers, size, 0),
                    self.counted_as.places,
                );
                // The first status (when the size was given) and the last (where it stands).
                let mut text = if std::ptr::eq(first, last) {
                    format!("{size}, {}", self.status_short(last, true, release_date))
                } else {
                    format!(
                        "{size}, {} {}, {}",
                        self.state(first.state),
                        self.iso_date(first.date),
                        self.status_short(last, true, release_date)
                    )
                };
                text.push_str(&format!(
                    "; {} {counted} {year}",
                    self.counted_as.counted,
                    year = format_args!("{} {year}", self.counted_as.in_year),
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
        self.calc.scenarios.of(scenario)
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
        (self.sentences.perspectives)(self, &Perspectives::of(results, result))
    }

    /// A share written as a percentage with its range: `86,5 % (85,6–89,3 %)`.
    pub(super) fn pct_span(&self, span: Span) -> String {
        let span = span.scale(100.0);
        let unit = if self.numbers.percent_space {
            "\u{a0}%"
        } else {
            "%"
        };
        let mid = numbers::number(self.numbers, span.mid, 1);
        match self.range(span, 1, false) {
            Some(range) => format!("{mid}{unit} ({range}{unit})"),
            None => format!("{mid}{unit}"),
        }
    }

    /// The plain sentence that sums up a region. `last_measured`: the last year NPR measured
    /// (a later year is a projection).
    pub fn summary(
        &self,
        result: &RegionResult,
        (reference_year, after_year): (u16, u16),
        scenario: Scenario,
        last_measured: u16,
    ) -> String {
        let change = &result.change;
        // The widest change the sources leave open that the central value counts as 0.
        let counted_zero = counted_zero(result)
            .filter(|_| scenario == Scenario::Vedtatt || scenario == Scenario::Egne)
            .and_then(|c| {
                let last = c.cut.status.last()?;
                let region = (result.region == RegionId::Norge).then_some(c.region);
                Some((self.cut_name(c).to_owned(), region, self.status_brief(last)))
            });
        (self.sentences.summary)(
            self,
            &SummaryFacts {
                region: result.region,
                lost: -change.span.mid,
                direction: Direction::of(change.span.mid),
                reference_year: after_year == reference_year,
                before: result.before.span.mid,
                change_pct: result.change_pct.span.mid,
                approx: change.kind.is_uncertain() || change.span.is_range(),
                years: (reference_year, after_year),
                scenario: (scenario != Scenario::Vedtatt).then(|| self.scenario(scenario)),
                partly_unknown: result.cuts.partly_unknown,
                projected: after_year > last_measured,
                counted_zero,
            },
        )
    }

    /// The value of a line as shown in a cell: `≈ 323`, `1 139`; with `minimum`, a line that
    /// leaves unknown parts out reads `minst 134`.
    pub fn value(&self, line: &Line, decimals: u8, with_sign: bool, minimum: bool) -> String {
        let number = if with_sign {
            numbers::signed(self.numbers, line.span.mid, decimals)
        } else {
            numbers::number(self.numbers, line.span.mid, decimals)
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
