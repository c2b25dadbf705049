//! Moderation (`g` then `m`): the editorial committee's desk, in four tabs —
//! the review queue, flagged posts, members (mutes, bans, roles) and the audit
//! log. Tab and ← → move between tabs.

mod audit;
mod flags;
mod members;
mod queue;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Paragraph;

use super::View;
use super::changes;
use super::{Ctx, Step};
use crate::tui::keymap::{self, Binding};
use stoa_core::domain::LastPlace;
use stoa_core::forum::Capability;
use stoa_core::forum::Change;
use stoa_present::keys::Input;
use stoa_present::t;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Queue,
    Flags,
    Members,
    Audit,
}

const TABS: [Tab; 4] = [Tab::Queue, Tab::Flags, Tab::Members, Tab::Audit];

pub struct Moderation {
    tab: Tab,
    /// Tabs (members, audit log: the long lists) whose contents changed while
    /// another was shown: read again when shown, not on every change.
    stale: Vec<Tab>,
    queue: queue::Queue,
    flags: flags::Flags,
    members: members::Members,
    audit: audit::AuditLog,
}

impl Moderation {
    pub fn new(ctx: &Ctx) -> Moderation {
        Moderation {
            tab: Tab::Queue,
            stale: Vec::new(),
            queue: queue::Queue::new(ctx),
            flags: flags::Flags::new(ctx),
            members: members::Members::new(ctx),
            audit: audit::AuditLog::new(ctx),
        }
    }

    fn reload(&mut self, tab: Tab, ctx: &Ctx) {
        match tab {
            Tab::Queue => self.queue.refresh(ctx),
            Tab::Flags => self.flags.refresh(ctx),
            Tab::Members => self.members.refresh(ctx),
            Tab::Audit => self.audit.refresh(ctx),
        }
    }
}

impl View for Moderation {
    fn title(&self, _ctx: &Ctx) -> String {
        t!(match self.tab {
            Tab::Queue => "moderation-title-queue",
            Tab::Flags => "moderation-title-flags",
            Tab::Members => "moderation-title-members",
            Tab::Audit => "moderation-title-audit",
        })
    }

    fn bindings(&self, ctx: &Ctx) -> &'static [Binding] {
        // Taken off the committee while here: nothing left to act on.
        if !ctx.forum.may(ctx.viewer, Capability::ReviewSubmissions) {
            return &[keymap::BACK, keymap::GOTO, keymap::HELP];
        }
        match self.tab {
            Tab::Queue => queue::Queue::BINDINGS,
            Tab::Flags => self.flags.bindings(),
            Tab::Members => self.members.bindings(ctx),
            Tab::Audit => self.audit.bindings(),
        }
    }

    fn handle(&mut self, input: &Input, ctx: &Ctx) -> Step {
        let step = match self.tab {
            Tab::Queue => self.queue.handle(input, ctx),
            Tab::Flags => self.flags.handle(input, ctx),
            Tab::Members => self.members.handle(input, ctx),
            Tab::Audit => self.audit.handle(input, ctx),
        };
        let Step::Tab(forward) = step else {
            return step;
        };
        let i = TABS.iter().position(|t| *t == self.tab).unwrap_or(0);
        let next = if forward { i + 1 } else { i + TABS.len() - 1 };
        self.tab = TABS[next % TABS.len()];
        if let Some(i) = self.stale.iter().position(|t| *t == self.tab) {
            self.stale.remove(i);
            self.reload(self.tab, ctx);
        }
        Step::Stay
    }

    fn render(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let [tabs, body] =
            Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
        let theme = ctx.theme;
        let labels = TABS
            .iter()
            .map(|tab| match tab {
                Tab::Queue => t!("moderation-tab-queue", n = self.queue.len()),
                Tab::Flags => t!("moderation-tab-flags", n = self.flags.len()),
                Tab::Members => t!("moderation-tab-members"),
                Tab::Audit => t!("moderation-tab-audit"),
            })
            .collect();
        let shown = TABS.iter().position(|t| *t == self.tab).unwrap_or(0);
        let line = super::list::tab_line(labels, shown, theme);
        frame.render_widget(Paragraph::new(line), tabs);
        match self.tab {
            Tab::Queue => self.queue.render(frame, body, ctx),
            Tab::Flags => self.flags.render(frame, body, ctx),
            Tab::Members => self.members.render(frame, body, ctx),
            Tab::Audit => self.audit.render(frame, body, ctx),
        }
    }

    fn concerns(&self, change: &Change, _ctx: &Ctx) -> bool {
        changes::committee_work(change)
    }

    fn reload(&mut self, ctx: &Ctx) {
        // The queue and flags are small and their counts show on the tab line.
        self.queue.refresh(ctx);
        self.flags.refresh(ctx);
        self.stale = [Tab::Members, Tab::Audit]
            .into_iter()
            .filter(|t| *t != self.tab)
            .collect();
        if matches!(self.tab, Tab::Members | Tab::Audit) {
            self.reload(self.tab, ctx);
        }
    }

    fn last_place(&self) -> Option<LastPlace> {
        Some(LastPlace::Moderation)
    }
}

pub(super) use super::list::entries;
