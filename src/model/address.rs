//! How the widget's state is written to the page's address: one history entry per click, typed
//! value or key press; one per slider drag (its first value pushes an entry, its last replaces
//! it); nothing while the state came from the address itself (load, back, forward). Pure: the
//! UI asks what to write and writes it (`src/ui/browser.rs`).

use crate::model::dataset::Dataset;
use crate::model::lang::Lang;
use crate::model::region::RegionId;
use crate::model::state::State;

/// How the next change of state is written to the address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// A new history entry.
    Push,
    /// A slider drag has begun: its first value gets an entry.
    DragStart,
    /// A drag goes on: the address waits for its end. (Writing it at every step cost a history
    /// update each time, and Chromium fetched the page's icon again after each one.)
    Dragging,
    /// A drag has ended: its last value replaces the drag's entry.
    DragEnd,
    /// The state came from the address (load, back, forward): leave the address alone.
    #[default]
    Keep,
}

/// The address's side of the state: how the next change is written, and the address a drag
/// has reached but not written yet.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    mode: Mode,
    pending: Option<String>,
    /// Whether the widget owns the page's address (not when mounted into another page).
    owns: bool,
}

impl Address {
    /// The machine of a widget that owns the page's address (`owns`) or leaves it alone.
    pub fn new(owns: bool) -> Address {
        Address {
            owns,
            ..Address::default()
        }
    }

    /// How the next change is written.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// A pick (region, scenario, year, language, theme, reset): it ends a drag whose end the
    /// browser never reported, and its change gets a new entry. Returns the drag's last address,
    /// to be written in place of the drag's entry.
    pub fn pick(&mut self) -> Option<String> {
        let write = self.end_drag();
        self.mode = Mode::Push;
        write
    }

    /// An edit of an assumption; `live` while a slider is dragged, `false` for its last value,
    /// a typed value or a key press. Returns the drag's last address when a drag ends, to be
    /// written in place of the drag's entry.
    pub fn edit(&mut self, live: bool) -> Option<String> {
        let (mode, write) = match (live, self.mode) {
            (true, Mode::Dragging | Mode::DragStart) => (self.mode, None),
            (true, _) => (Mode::DragStart, None),
            // The end of a drag that has written its entry: the last value replaces it, also
            // when it did not change (then no render writes it).
            (false, Mode::Dragging) => (Mode::DragEnd, self.end_drag()),
            // A single step whose entry is not written yet (input and change in one task), a
            // typed value, or a key press: a new entry.
            (false, _) => (Mode::Push, None),
        };
        self.mode = mode;
        write
    }

    /// The state's query after a render: whether to write it, as a new history entry (`true`)
    /// or in place of the current one (`false`).
    pub fn show(&mut self, query: &str) -> Option<bool> {
        if !self.owns {
            return None;
        }
        match self.mode {
            Mode::Keep => {
                self.mode = Mode::Push;
                None
            }
            Mode::Push => Some(true),
            Mode::DragStart => {
                self.pending = None;
                self.mode = Mode::Dragging;
                Some(true)
            }
            Mode::Dragging => {
                self.pending = Some(query.to_owned());
                None
            }
            Mode::DragEnd => {
                self.mode = Mode::Push;
                Some(false)
            }
        }
    }

    /// Back or forward brought a state from the address: the next render writes nothing.
    pub fn restored(&mut self) {
        self.pending = None;
        self.mode = Mode::Keep;
    }

    /// Ends a drag under way: its last address replaces the drag's entry.
    fn end_drag(&mut self) -> Option<String> {
        self.pending.take().filter(|_| self.owns)
    }
}

/// The query written for `state` on a page pre-rendered for `page` (its region and language):
/// the address applies on top of the page's own state, so a default region or language that
/// differs from the page's must be named (`?region=norge`).
pub fn query_for(data: &Dataset, state: &State, page: (RegionId, Lang)) -> String {
    let query = crate::model::config::to_query(data, state);
    let (page_region, page_lang) = page;
    let mut named = Vec::new();
    if state.region == RegionId::Norge && page_region != RegionId::Norge {
        named.push(format!("region={}", RegionId::Norge.slug()));
    }
    if state.lang == Lang::default() && page_lang != Lang::default() {
        named.push(format!("lang={}", state.lang.tag()));
    }
    if named.is_empty() {
        query
    } else {
        format!("?{}{}", named.join("&"), query.replacen('?', "&", 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;

    const PUSH: Option<bool> = Some(true);
    const REPLACE: Option<bool> = Some(false);

    fn ended(q: &str) -> Option<String> {
        Some(q.to_owned())
    }

    #[test]
    fn a_load_writes_nothing_then_each_pick_pushes() {
        let mut a = Address::new(true);
        assert_eq!(a.show("?region=helse-vest"), None);
        assert_eq!(a.pick(), None);
        assert_eq!(a.show("?region=helse-nord"), PUSH);
        assert_eq!(a.show("?region=helse-nord&year=2024"), PUSH);
    }

    #[test]
    fn a_drag_pushes_its_first_value_and_replaces_with_its_last() {
        let mut a = Address::new(true);
        a.show("");
        assert_eq!(a.edit(true), None);
        assert_eq!(a.mode(), Mode::DragStart);
        assert_eq!(a.show("?fbv=110"), PUSH);
        assert_eq!(a.edit(true), None);
        assert_eq!(a.show("?fbv=120"), None);
        assert_eq!(a.edit(true), None);
        assert_eq!(a.show("?fbv=130"), None);
        assert_eq!(a.mode(), Mode::Dragging);
        // The drag's end: its last value replaces the entry at once, and again after the render.
        assert_eq!(a.edit(false), ended("?fbv=130"));
        assert_eq!(a.show("?fbv=130"), REPLACE);
        assert_eq!(a.mode(), Mode::Push);
    }

    #[test]
    fn a_pick_ends_a_drag_the_browser_never_ended() {
        let mut a = Address::new(true);
        a.show("");
        a.edit(true);
        a.show("?fbv=110");
        a.edit(true);
        a.show("?fbv=150");
        assert_eq!(a.pick(), ended("?fbv=150"));
        assert_eq!(a.show("?fbv=150&region=helse-vest"), PUSH);
    }

    #[test]
    fn one_step_or_a_typed_value_is_one_entry() {
        let mut a = Address::new(true);
        a.show("");
        assert_eq!(a.edit(false), None);
        assert_eq!(a.show("?cost=2"), PUSH);
    }

    #[test]
    fn back_and_forward_write_nothing() {
        let mut a = Address::new(true);
        a.show("");
        a.edit(true);
        a.show("?fbv=110");
        a.edit(true);
        a.show("?fbv=120");
        a.restored();
        assert_eq!(a.show("?region=helse-vest"), None);
        assert_eq!(a.edit(false), None);
        assert_eq!(a.show("?region=helse-vest&fbv=90"), PUSH);
    }

    #[test]
    fn a_widget_in_another_page_never_writes() {
        let mut a = Address::new(false);
        for live in [true, true, false] {
            assert_eq!(a.edit(live), None);
            assert_eq!(a.show("?fbv=1"), None);
        }
        assert_eq!(a.pick(), None);
        assert_eq!(a.show("?region=helse-vest"), None);
    }

    #[test]
    fn a_page_for_a_region_or_language_names_the_defaults() {
        let data = dataset();
        let state = State::default();
        assert_eq!(query_for(data, &state, (RegionId::Norge, Lang::Nb)), "");
        assert_eq!(
            query_for(data, &state, (RegionId::HelseVest, Lang::Nb)),
            "?region=norge"
        );
        assert_eq!(
            query_for(data, &state, (RegionId::HelseVest, Lang::En)),
            "?region=norge&lang=nb"
        );
        let west = State {
            region: RegionId::HelseVest,
            ..State::default()
        };
        assert_eq!(
            query_for(data, &west, (RegionId::HelseVest, Lang::Nn)),
            "?lang=nb&region=helse-vest"
        );
    }
}
