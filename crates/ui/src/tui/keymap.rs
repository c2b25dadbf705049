//! Key bindings are data: each screen lists its bindings, and the same table decides
//! what a key does, what the footer shows and what help says.

use stoa_present::keys::Key;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Back,
    Quit,
    Help,
    GoTo,
    SignUp,
    EditProfile,
    AddKey,
    RemoveKey,
    SetPassword,
    Display,
    AcceptPolicy,
    ReadPolicy,
    NextField,
    PrevField,
    Choose,
    Submit,
    Cancel,
    Open,
    Join,
    NewThread,
    Reply,
    Edit,
    Delete,
    NextUnread,
    Fold,
    Undo,
    Propose,
    SaveDraft,
    Approve,
    RequestChanges,
    Reject,
    Flag,
    Hide,
    Dismiss,
    Lock,
    Pin,
    MoveThread,
    Mute,
    Ban,
    Lift,
    ChangeRole,
    Filter,
    NextTab,
    PrevTab,
    Going,
    Interested,
    CloseJob,
    Withdraw,
    ProposePractice,
    Discuss,
    ChangeLevel,
    Translate,
    OtherLanguage,
    SetLanguage,
    WriteNews,
    Watch,
    Search,
    MarkRead,
    MarkAllRead,
    SaveAlert,
    Message,
    Block,
    Older,
    React,
    Bookmark,
    History,
    Author,
    Quote,
    Order,
    GoToPost,
}

#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub keys: &'static [Key],
    /// How the keys are written in the footer and help, e.g. `↑↓`.
    pub label: &'static str,
    /// A few words for the footer; empty to leave it out of the footer.
    pub short: &'static str,
    /// What help says the key does.
    pub help: &'static str,
    pub action: Action,
}

const fn bind(
    keys: &'static [Key],
    label: &'static str,
    short: &'static str,
    help: &'static str,
    action: Action,
) -> Binding {
    Binding {
        keys,
        label,
        short,
        help,
        action,
    }
}

pub const UP: Binding = bind(
    &[Key::Up, Key::Char('k')],
    "↑↓ jk",
    "key-move",
    "key-help-move-the-selection",
    Action::Up,
);
pub const SCROLL_UP: Binding = Binding {
    short: "key-scroll",
    help: "key-help-scroll-the-text",
    ..UP
};
pub const DOWN: Binding = bind(&[Key::Down, Key::Char('j')], "", "", "", Action::Down);
pub const PAGE_UP: Binding = bind(
    &[Key::PageUp],
    "PgUp",
    "",
    "key-help-up-a-page",
    Action::PageUp,
);
pub const PAGE_DOWN: Binding = bind(
    &[Key::PageDown, Key::Char(' ')],
    "PgDn Space",
    "",
    "key-help-down-a-page",
    Action::PageDown,
);
pub const TOP: Binding = bind(&[Key::Home], "Home", "", "key-help-to-the-top", Action::Top);
pub const BOTTOM: Binding = bind(
    &[Key::End],
    "End",
    "",
    "key-help-to-the-bottom",
    Action::Bottom,
);
pub const GOTO: Binding = bind(
    &[Key::Char('g')],
    "g",
    "key-go-to",
    "key-help-go-to-another-part-of-the-forum",
    Action::GoTo,
);
pub const HELP: Binding = bind(
    &[Key::Char('?')],
    "?",
    "key-help",
    "key-help-help-for-this-screen",
    Action::Help,
);
pub const BACK: Binding = bind(
    &[Key::Esc, Key::Char('q')],
    "Esc",
    "key-back",
    "key-help-go-back",
    Action::Back,
);
pub const QUIT: Binding = bind(
    &[Key::Char('q')],
    "q",
    "key-quit",
    "key-help-leave-stoa",
    Action::Quit,
);
pub const SIGN_UP: Binding = bind(
    &[Key::Char('s')],
    "s",
    "key-sign-up",
    "key-help-sign-up-your-key-becomes-your-login",
    Action::SignUp,
);
pub const EDIT_PROFILE: Binding = bind(
    &[Key::Char('e')],
    "e",
    "key-edit",
    "key-help-edit-your-profile",
    Action::EditProfile,
);
pub const ADD_KEY: Binding = bind(
    &[Key::Char('a')],
    "a",
    "key-add-key",
    "key-help-add-an-ssh-key-by-pasting-its-public-half",
    Action::AddKey,
);
pub const REMOVE_KEY: Binding = bind(
    &[Key::Char('d'), Key::Delete],
    "d",
    "key-remove-key",
    "key-help-remove-the-selected-key",
    Action::RemoveKey,
);
pub const PASSWORD: Binding = bind(
    &[Key::Char('p')],
    "p",
    "key-password",
    "key-help-set-or-change-your-password",
    Action::SetPassword,
);
pub const DISPLAY: Binding = bind(
    &[Key::Char('v')],
    "v",
    "key-display",
    "key-help-how-stoa-is-drawn-for-you-colour-ascii-only",
    Action::Display,
);
pub const ACCEPT_POLICY: Binding = bind(
    &[Key::Char('a')],
    "a",
    "key-accept",
    "key-help-accept-the-policy-and-return-to-the-form",
    Action::AcceptPolicy,
);

pub const OPEN: Binding = bind(
    &[Key::Enter],
    "Enter",
    "key-open",
    "key-help-open-the-selected-item",
    Action::Open,
);
pub const JOIN: Binding = bind(
    &[Key::Char('J')],
    "J",
    "key-join-leave",
    "key-help-join-the-community-or-leave-it-if-you-are-a-memb",
    Action::Join,
);
pub const NEW_THREAD: Binding = bind(
    &[Key::Char('n')],
    "n",
    "key-new-thread",
    "key-help-start-a-new-thread-in-this-community",
    Action::NewThread,
);
pub const NEXT_UNREAD_THREAD: Binding = bind(
    &[Key::Char('u')],
    "u",
    "key-unread",
    "key-help-move-to-the-next-thread-with-posts-you-have-not",
    Action::NextUnread,
);
pub const NEXT_UNREAD_POST: Binding = bind(
    &[Key::Char('u')],
    "u",
    "key-unread",
    "key-help-jump-to-the-next-post-you-had-not-read",
    Action::NextUnread,
);
pub const REPLY: Binding = bind(
    &[Key::Char('r')],
    "r",
    "key-reply",
    "key-help-reply-to-the-selected-post",
    Action::Reply,
);
pub const EDIT: Binding = bind(
    &[Key::Char('e')],
    "e",
    "key-edit",
    "key-help-edit-the-selected-post-your-own-or-any-for-the-c",
    Action::Edit,
);
pub const DELETE: Binding = bind(
    &[Key::Char('d'), Key::Delete],
    "d",
    "key-delete",
    "key-help-delete-the-selected-post-your-own-or-any-for-the",
    Action::Delete,
);
pub const FOLD: Binding = bind(
    &[Key::Enter],
    "Enter",
    "key-fold",
    "key-help-hide-or-show-the-replies-under-the-selected-post",
    Action::Fold,
);
pub const MOVE_POST: Binding = bind(
    &[Key::Up, Key::Char('k')],
    "↑↓ jk",
    "key-move",
    "key-help-to-the-previous-or-next-post-a-long-post-scrolls",
    Action::Up,
);

/// `bindings` less `left_out`: a screen's table for when some of its keys
/// would only be refused (a locked thread's reply, a sanction on one's own row).
pub fn without(bindings: &[Binding], left_out: &[Binding]) -> Vec<Binding> {
    bindings
        .iter()
        .filter(|b| left_out.iter().all(|l| l.label != b.label))
        .copied()
        .collect()
}

pub const FLAG: Binding = bind(
    &[Key::Char('f')],
    "f",
    "key-flag",
    "key-help-flag-the-selected-post-for-the-editorial-committ",
    Action::Flag,
);
pub const HIDE: Binding = bind(
    &[Key::Char('h')],
    "h",
    "key-hide",
    "key-help-hide-the-selected-post-from-members-or-show-it-a",
    Action::Hide,
);
pub const LOCK: Binding = bind(
    &[Key::Char('L')],
    "L",
    "key-lock",
    "key-help-lock-the-thread-or-unlock-it-committee",
    Action::Lock,
);
pub const PIN: Binding = bind(
    &[Key::Char('P')],
    "P",
    "key-pin",
    "key-help-pin-the-thread-to-the-top-of-its-community-or-un",
    Action::Pin,
);
pub const MOVE_THREAD: Binding = bind(
    &[Key::Char('T')],
    "T",
    "key-move",
    "key-help-move-the-thread-to-another-community-committee",
    Action::MoveThread,
);
pub const PROPOSE: Binding = bind(
    &[Key::Char('n')],
    "n",
    "key-propose",
    "key-help-propose-a-new-community-to-the-editorial-committ",
    Action::Propose,
);
pub const EDIT_SUBMISSION: Binding = bind(
    &[Key::Char('e')],
    "e",
    "key-edit",
    "key-help-edit-and-send-again-drafts-and-items-returned-fo",
    Action::Edit,
);
pub const APPROVE: Binding = bind(
    &[Key::Char('a')],
    "a",
    "key-approve",
    "key-help-approve-publish-it-or-count-towards-the-quorum",
    Action::Approve,
);
pub const REQUEST_CHANGES: Binding = bind(
    &[Key::Char('c')],
    "c",
    "key-changes",
    "key-help-send-it-back-to-its-author-with-a-note",
    Action::RequestChanges,
);
pub const REJECT: Binding = bind(
    &[Key::Char('x')],
    "x",
    "key-reject",
    "key-help-reject-it-with-a-reason-the-author-is-shown",
    Action::Reject,
);
pub const NEXT_TAB: Binding = bind(
    &[Key::Tab, Key::Right],
    "Tab",
    "key-next",
    "key-help-the-next-tab-queue-flags-members-audit-log-also",
    Action::NextTab,
);
pub const PREV_TAB: Binding = bind(
    &[Key::BackTab, Key::Left],
    "S-Tab",
    "",
    "key-help-the-previous-tab-also",
    Action::PrevTab,
);
pub const DISMISS: Binding = bind(
    &[Key::Char('x')],
    "x",
    "key-dismiss",
    "key-help-dismiss-the-flags-the-post-stays-as-it-is",
    Action::Dismiss,
);
pub const MUTE: Binding = bind(
    &[Key::Char('S')],
    "S",
    "key-mute",
    "key-help-mute-silence-the-account-it-cannot-post-until-th",
    Action::Mute,
);
pub const BAN: Binding = bind(
    &[Key::Char('b')],
    "b",
    "key-ban",
    "key-help-ban-the-account-it-cannot-log-in-until-the-end-d",
    Action::Ban,
);
pub const LIFT: Binding = bind(
    &[Key::Char('l')],
    "l",
    "key-lift",
    "key-help-lift-the-account-s-mute-or-ban",
    Action::Lift,
);
pub const CHANGE_ROLE: Binding = bind(
    &[Key::Char('R')],
    "R",
    "key-role",
    "key-help-change-the-account-s-role-admins",
    Action::ChangeRole,
);
pub const FILTER: Binding = bind(
    &[Key::Char('F')],
    "F",
    "key-filter",
    "key-help-filter-the-log-by-committee-member-target-or-act",
    Action::Filter,
);
pub const GOING: Binding = bind(
    &[Key::Char('y')],
    "y",
    "key-going",
    "key-help-say-you-are-going-again-to-take-it-back",
    Action::Going,
);
pub const INTERESTED: Binding = bind(
    &[Key::Char('i')],
    "i",
    "key-interested",
    "key-help-say-you-are-interested-again-to-take-it-back",
    Action::Interested,
);
pub const CLOSE_JOB: Binding = bind(
    &[Key::Char('C')],
    "C",
    "key-close-job",
    "key-help-close-it-before-its-closing-date-its-poster",
    Action::CloseJob,
);
pub const CORRECT: Binding = bind(
    &[Key::Char('e')],
    "e",
    "key-correct",
    "key-help-correct-it-the-change-shows-at-once-your-reason",
    Action::Edit,
);
pub const WITHDRAW: Binding = bind(
    &[Key::Char('W')],
    "W",
    "key-withdraw",
    "key-help-take-it-off-the-board-with-a-reason-committee",
    Action::Withdraw,
);
pub const PROPOSE_PRACTICE: Binding = bind(
    &[Key::Char('N')],
    "N",
    "key-practice",
    "key-help-propose-a-practice-to-the-editorial-committee",
    Action::ProposePractice,
);
pub const DISCUSS: Binding = bind(
    &[Key::Char('t')],
    "t",
    "key-thread",
    "key-help-open-the-thread-about-it-the-first-time-write-it",
    Action::Discuss,
);
pub const TRANSLATE: Binding = bind(
    &[Key::Char('T')],
    "T",
    "key-translate",
    "key-help-translate",
    Action::Translate,
);
pub const OTHER_LANGUAGE: Binding = bind(
    &[Key::Char('o')],
    "o",
    "key-other-language",
    "key-help-other-language",
    Action::OtherLanguage,
);
pub const SET_LANGUAGE: Binding = bind(
    &[Key::Char('L')],
    "L",
    "key-set-language",
    "key-help-set-language",
    Action::SetLanguage,
);
pub const CHANGE_LEVEL: Binding = bind(
    &[Key::Char('=')],
    "=",
    "key-level",
    "key-help-change-the-practice-s-level-with-a-reason-commit",
    Action::ChangeLevel,
);
pub const WRITE_NEWS: Binding = bind(
    &[Key::Char('n')],
    "n",
    "key-write",
    "key-help-write-a-news-item-committee-it-is-published-at-o",
    Action::WriteNews,
);
pub const SAVE_DRAFT: Binding = bind(
    &[Key::Ctrl('d')],
    "Ctrl-D",
    "key-keep-draft",
    "key-help-keep-it-as-a-draft-without-sending-it",
    Action::SaveDraft,
);
pub const SUBMIT_SEND: Binding = bind(
    &[Key::Ctrl('s')],
    "Ctrl-S",
    "key-send",
    "key-help-send-it-to-the-editorial-committee-for-review",
    Action::Submit,
);

// Forms handle these keys themselves (see `form.rs`); the bindings are here so the
// footer and help describe them from the same table as every other key.
pub const FORM_NEXT: Binding = bind(
    &[Key::Tab],
    "Tab",
    "key-next",
    "key-help-next-field-also-and-enter",
    Action::NextField,
);
pub const FORM_PREV: Binding = bind(
    &[Key::BackTab],
    "S-Tab",
    "key-previous",
    "key-help-previous-field-also",
    Action::PrevField,
);
pub const CHOOSE: Binding = bind(
    &[Key::Left, Key::Right],
    "← →",
    "",
    "key-help-choose-among-options-space-ticks-a-box",
    Action::Choose,
);
pub const SUBMIT_SIGN_UP: Binding = bind(
    &[Key::Ctrl('s')],
    "Ctrl-S",
    "key-sign-up",
    "key-help-create-your-account",
    Action::Submit,
);
pub const SUBMIT_SAVE: Binding = bind(
    &[Key::Ctrl('s')],
    "Ctrl-S",
    "key-save",
    "key-help-save-the-form",
    Action::Submit,
);
pub const SUBMIT_POST: Binding = bind(
    &[Key::Ctrl('s')],
    "Ctrl-S",
    "key-post",
    "key-help-send-the-post",
    Action::Submit,
);
pub const SUBMIT_MESSAGE: Binding = bind(
    &[Key::Ctrl('s')],
    "Ctrl-S",
    "key-send",
    "key-help-send-the-message",
    Action::Submit,
);
pub const UNDO: Binding = bind(
    &[Key::Ctrl('z'), Key::Ctrl('u')],
    "Ctrl-Z",
    "key-undo",
    "key-help-undo-the-last-change-ctrl-r-redoes-it",
    Action::Undo,
);
pub const FORM_HELP: Binding = bind(
    &[Key::F(1)],
    "F1",
    "key-help",
    "key-help-help-for-this-form",
    Action::Help,
);
pub const CANCEL: Binding = bind(
    &[Key::Esc],
    "Esc",
    "key-cancel",
    "key-help-leave-the-form-without-saving-asked-first-when-y",
    Action::Cancel,
);
/// Esc in the composer, which asks before anything written is lost.
pub const LEAVE_COMPOSER: Binding = bind(
    &[Key::Esc],
    "Esc",
    "key-leave",
    "key-help-leave-the-composer-it-asks-whether-to-keep-what",
    Action::Cancel,
);

pub const WATCH: Binding = bind(
    &[Key::Char('w')],
    "w",
    "key-watch",
    "key-help-watch-the-thread-hear-of-every-new-post-in-it-or",
    Action::Watch,
);
pub const SEARCH: Binding = bind(
    &[Key::Char('/')],
    "/",
    "key-search",
    "key-help-search-everything-from-any-screen",
    Action::Search,
);
pub const MARK_READ: Binding = bind(
    &[Key::Char('m')],
    "m",
    "key-read-unread",
    "key-help-mark-the-selected-notification-read-or-unread-ag",
    Action::MarkRead,
);
pub const MARK_ALL_READ: Binding = bind(
    &[Key::Char('M')],
    "M",
    "key-all-read",
    "key-help-mark-every-notification-read",
    Action::MarkAllRead,
);
pub const MARK_COMMUNITY_READ: Binding = bind(
    &[Key::Char('M')],
    "M",
    "key-all-read",
    "key-help-mark-every-thread-of-this-community-read",
    Action::MarkAllRead,
);
pub const SAVE_ALERT: Binding = bind(
    &[Key::Char('a')],
    "a",
    "key-alert-me",
    "key-help-save-this-filter-as-an-alert-you-are-notified-of",
    Action::SaveAlert,
);
pub const REMOVE_ALERT: Binding = bind(
    &[Key::Char('d'), Key::Delete],
    "d",
    "key-remove",
    "key-help-remove-the-selected-alert",
    Action::Delete,
);

pub const NEW_CONVERSATION: Binding = bind(
    &[Key::Char('n')],
    "n",
    "key-new",
    "key-help-start-a-private-conversation-with-members-or-wit",
    Action::NewThread,
);
pub const MESSAGE: Binding = bind(
    &[Key::Char('D')],
    "D",
    "key-message",
    "key-help-write-to-them-privately-a-direct-message",
    Action::Message,
);
pub const BLOCK: Binding = bind(
    &[Key::Char('B')],
    "B",
    "key-block",
    "key-help-block-them-or-unblock-a-blocked-member-s-message",
    Action::Block,
);
pub const OLDER: Binding = bind(
    &[Key::Char('o')],
    "o",
    "key-older",
    "key-help-show-the-earlier-messages-too",
    Action::Older,
);
pub const WRITE_MESSAGE: Binding = bind(
    &[Key::Char('r')],
    "r",
    "key-write",
    "key-help-write-in-this-conversation",
    Action::Reply,
);
pub const REPORT_MESSAGE: Binding = bind(
    &[Key::Char('f')],
    "f",
    "key-report",
    "key-help-report-the-selected-message-to-the-editorial-com",
    Action::Flag,
);

pub const REACT: Binding = bind(
    &[Key::Char('+')],
    "+",
    "key-react",
    "key-help-react-to-the-selected-post-thanks-1-insightful-a",
    Action::React,
);
pub const BOOKMARK: Binding = bind(
    &[Key::Char('K')],
    "K",
    "key-keep",
    "key-help-bookmark-the-selected-post-or-take-the-bookmark",
    Action::Bookmark,
);
pub const HISTORY: Binding = bind(
    &[Key::Char('H')],
    "H",
    "key-history",
    "key-help-the-selected-post-s-earlier-versions",
    Action::History,
);
pub const AUTHOR: Binding = bind(
    &[Key::Char('A')],
    "A",
    "key-author",
    "key-help-the-page-of-the-selected-post-s-author",
    Action::Author,
);
pub const QUOTE: Binding = bind(
    &[Key::Char('Q')],
    "Q",
    "key-quote",
    "key-help-quote-the-selected-post-in-your-reply-again-to-l",
    Action::Quote,
);

pub const ORDER: Binding = bind(
    &[Key::Char('O')],
    "O",
    "key-order",
    "key-help-order-the-threads-by-latest-activity-newest-or-m",
    Action::Order,
);
pub const GO_TO_POST: Binding = bind(
    &[Key::Char('#')],
    "#",
    "key-post-n",
    "key-help-go-to-a-post-by-its-place-in-the-thread-1-is-the",
    Action::GoToPost,
);

/// Every binding, for the test that one key means one thing across Stoa.
#[cfg(test)]
const ALL: &[Binding] = &[
    UP,
    SCROLL_UP,
    DOWN,
    PAGE_UP,
    PAGE_DOWN,
    TOP,
    BOTTOM,
    GOTO,
    HELP,
    BACK,
    QUIT,
    SIGN_UP,
    EDIT_PROFILE,
    ADD_KEY,
    REMOVE_KEY,
    PASSWORD,
    DISPLAY,
    ACCEPT_POLICY,
    OPEN,
    JOIN,
    NEW_THREAD,
    NEXT_UNREAD_THREAD,
    NEXT_UNREAD_POST,
    REPLY,
    EDIT,
    DELETE,
    FOLD,
    MOVE_POST,
    FLAG,
    HIDE,
    LOCK,
    PIN,
    MOVE_THREAD,
    PROPOSE,
    EDIT_SUBMISSION,
    APPROVE,
    REQUEST_CHANGES,
    REJECT,
    NEXT_TAB,
    PREV_TAB,
    DISMISS,
    MUTE,
    BAN,
    LIFT,
    CHANGE_ROLE,
    FILTER,
    GOING,
    INTERESTED,
    CLOSE_JOB,
    WITHDRAW,
    PROPOSE_PRACTICE,
    DISCUSS,
    CHANGE_LEVEL,
    WRITE_NEWS,
    SAVE_DRAFT,
    SUBMIT_SEND,
    FORM_NEXT,
    FORM_PREV,
    CHOOSE,
    SUBMIT_SIGN_UP,
    SUBMIT_SAVE,
    SUBMIT_POST,
    SUBMIT_MESSAGE,
    UNDO,
    FORM_HELP,
    CANCEL,
    LEAVE_COMPOSER,
    WATCH,
    SEARCH,
    MARK_READ,
    MARK_ALL_READ,
    MARK_COMMUNITY_READ,
    SAVE_ALERT,
    REMOVE_ALERT,
    NEW_CONVERSATION,
    MESSAGE,
    BLOCK,
    OLDER,
    WRITE_MESSAGE,
    REPORT_MESSAGE,
    REACT,
    BOOKMARK,
    HISTORY,
    AUTHOR,
    QUOTE,
    ORDER,
    GO_TO_POST,
];

/// A screen of text to read, with nothing to do but scroll and leave.
pub const READING: &[Binding] = &[SCROLL_UP, DOWN, PAGE_UP, PAGE_DOWN, BACK, HELP, GOTO];

/// A reading screen's keys: `$key`s first (what this screen does), then
/// scrolling to both ends, back, help and go-to, the same on every one.
macro_rules! reading_keys {
    ($($key:ident),* $(,)?) => {
        &[
            $($crate::tui::keymap::$key,)*
            $crate::tui::keymap::SCROLL_UP,
            $crate::tui::keymap::DOWN,
            $crate::tui::keymap::PAGE_UP,
            $crate::tui::keymap::PAGE_DOWN,
            $crate::tui::keymap::TOP,
            $crate::tui::keymap::BOTTOM,
            $crate::tui::keymap::BACK,
            $crate::tui::keymap::HELP,
            $crate::tui::keymap::GOTO,
        ]
    };
}
pub(crate) use reading_keys;

/// The bindings every list and reading screen shares.
pub const SCROLLING: &[Binding] = &[UP, DOWN, PAGE_UP, PAGE_DOWN, TOP, BOTTOM];

/// The action bound to `key` in `tables`, first table first.
pub fn action_for(key: Key, tables: &[&[Binding]]) -> Option<Action> {
    tables
        .iter()
        .flat_map(|table| table.iter())
        .find(|b| b.keys.contains(&key))
        .map(|b| b.action)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What one key may mean, wherever it is pressed: the keymap in
    /// docs/guide.md ("Keys"). Actions in one group are one meaning said for
    /// different things (`d` deletes a post, a key or an alert).
    const MEANINGS: &[&[Action]] = &[
        // Enter acts on the selected item: opens it, or folds a post's replies.
        &[Action::Open, Action::Fold],
        // Esc and q leave: the screen, a form, or Stoa from home.
        &[Action::Back, Action::Cancel, Action::Quit],
        &[
            Action::NextTab,
            Action::NextField,
            Action::Choose,
            Action::PrevTab,
        ],
        &[Action::PrevTab, Action::PrevField],
        &[Action::Edit, Action::EditProfile],
        &[Action::Delete, Action::RemoveKey],
        // a adds, or says yes.
        &[
            Action::AddKey,
            Action::SaveAlert,
            Action::AcceptPolicy,
            Action::Approve,
        ],
        &[Action::NewThread, Action::Propose, Action::WriteNews],
        // x turns down: a submission, flags.
        &[Action::Reject, Action::Dismiss],
    ];

    #[test]
    fn one_key_means_one_thing_across_stoa() {
        for a in ALL {
            for b in ALL {
                let shared: Vec<&Key> = a.keys.iter().filter(|k| b.keys.contains(k)).collect();
                if shared.is_empty() || a.action == b.action {
                    continue;
                }
                let one_meaning = MEANINGS
                    .iter()
                    .any(|group| group.contains(&a.action) && group.contains(&b.action));
                assert!(
                    one_meaning,
                    "{shared:?} is both {:?} ({}) and {:?} ({})",
                    a.action, a.help, b.action, b.help
                );
            }
        }
    }

    #[test]
    fn the_first_table_wins_so_screens_can_override_shared_keys() {
        let quit_first: &[Binding] = &[QUIT];
        let back: &[Binding] = &[BACK];
        assert_eq!(
            action_for(Key::Char('q'), &[quit_first, back]),
            Some(Action::Quit)
        );
        assert_eq!(
            action_for(Key::Esc, &[quit_first, back]),
            Some(Action::Back)
        );
        assert_eq!(action_for(Key::Char('z'), &[back]), None);
    }
}
