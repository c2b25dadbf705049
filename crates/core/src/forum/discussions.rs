//! Threads and posts: starting, replying, and reading them as a reply tree
//! (editing and deleting are in `editing.rs`). Who may do what:
//!
//! | action            | guest | member            | moderator, admin        |
//! | ----------------- | ----- | ----------------- | ----------------------- |
//! | read              | public communities | every community (hidden posts as hidden) | every community, hidden posts too |
//! | start a thread    | no    | yes (held for review while new, if configured) | yes |
//! | reply             | no    | unless locked     | yes, locked too         |
//! | edit a post       | no    | their own         | any, with a note        |
//! | delete a post     | no    | their own         | any                     |

use std::collections::HashMap;
use std::sync::Arc;

use super::FieldName;
use super::capabilities::Capability;
use super::languages::written_in;
use super::{Change, FieldErrors, Forum, ForumError, Viewer, mentions, sanitize, validate};
use crate::domain::{
    Account, Community, DraftPlace, HeldPost, Language, Languages, Post, PostId, Thread, ThreadId,
    Username, Visibility,
};
use crate::store::{NewPost, UpdateError};

pub const TITLE_MIN: usize = 3;
pub const TITLE_MAX: usize = 150;
pub const BODY_MAX: usize = 20_000;
/// What members see in place of the title of a thread whose opening post the
/// committee hid, in the reader's language.
pub fn hidden_title() -> String {
    crate::t!("forum-discussions-hidden-title")
}

/// What a member typed to start a thread.
#[derive(Clone, Debug, Default)]
pub struct NewThread {
    pub title: String,
    pub body: String,
    /// The language its author chose; none: detected from what they wrote.
    pub language: Option<Language>,
}

/// A thread as a reader sees it: its posts in reply-tree order, and who wrote them.
#[derive(Clone, Debug)]
pub struct ThreadView {
    pub thread: Thread,
    pub community: Community,
    /// Depth-first: each post is followed by its replies, oldest first.
    pub posts: Vec<TreePost>,
    /// username → (display name, organization) for every author in the thread.
    pub authors: HashMap<Username, (String, String)>,
    /// The newest post the reader had seen before this view (0: none).
    pub seen_before: PostId,
    /// Who reacted how to each post.
    pub reactions: crate::store::ThreadReactions,
}

#[derive(Clone, Debug)]
pub struct TreePost {
    /// A deleted post's body is emptied here: no reader sees it. Shared: every
    /// view that reads this post the same way holds this one copy (issue 19).
    pub post: Arc<Post>,
    /// 0 for the opening post, 1 for a reply to it, and so on.
    pub depth: usize,
    /// How many posts answer this one, directly or further down.
    pub descendants: usize,
}

/// One row of a community's thread list.
#[derive(Clone, Debug)]
pub struct ThreadSummary {
    pub thread: Thread,
    pub author_name: String,
    /// The reader has not seen the newest post.
    pub unread: bool,
    /// Posts after the last one the reader saw (counted up to [`NEW_COUNTED`]);
    /// 0 when unread is false.
    pub new_posts: usize,
}

/// New posts in a thread are counted up to this.
pub const NEW_COUNTED: usize = 1000;

/// How a thread list is ordered; pinned threads come first in each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ThreadOrder {
    /// The thread with the newest post first.
    #[default]
    Activity,
    /// The newest thread first.
    Newest,
    /// The thread with the most replies first.
    Replies,
}

impl ThreadOrder {
    pub const ALL: [ThreadOrder; 3] = [
        ThreadOrder::Activity,
        ThreadOrder::Newest,
        ThreadOrder::Replies,
    ];

    /// As lists and commands name it: `activity`, `newest`, `replies`.
    pub fn name(self) -> &'static str {
        match self {
            ThreadOrder::Activity => "activity",
            ThreadOrder::Newest => "newest",
            ThreadOrder::Replies => "replies",
        }
    }

    /// As a sentence says it: "latest activity first", in the reader's language.
    pub fn label(self) -> String {
        crate::lang::text(match self {
            ThreadOrder::Activity => "order-activity",
            ThreadOrder::Newest => "order-newest",
            ThreadOrder::Replies => "order-replies",
        })
    }

    pub fn parse(typed: &str) -> Option<ThreadOrder> {
        let typed = typed.trim().to_ascii_lowercase();
        ThreadOrder::ALL.into_iter().find(|o| o.name() == typed)
    }

    /// The next order, for a key that cycles through them.
    pub fn next(self) -> ThreadOrder {
        match self {
            ThreadOrder::Activity => ThreadOrder::Newest,
            ThreadOrder::Newest => ThreadOrder::Replies,
            ThreadOrder::Replies => ThreadOrder::Activity,
        }
    }

    /// Orders `list` so: pinned threads first, then those in the reader's
    /// `first` languages (none: no such step), then by this order.
    pub fn sort(self, list: &mut [ThreadSummary], first: Languages) {
        let mine = |t: &Thread| first.meets(t.language.into());
        list.sort_by(|a, b| {
            let (a, b) = (&a.thread, &b.thread);
            b.pinned
                .cmp(&a.pinned)
                .then(mine(b).cmp(&mine(a)))
                .then(match self {
                    // Post ids only grow: the newest post is the latest activity.
                    ThreadOrder::Activity => b.last_post.cmp(&a.last_post),
                    ThreadOrder::Newest => b.id.cmp(&a.id),
                    ThreadOrder::Replies => {
                        b.posts.cmp(&a.posts).then(b.last_post.cmp(&a.last_post))
                    }
                })
        });
    }
}

impl ThreadView {
    pub fn author_name<'a>(&'a self, username: &'a str) -> &'a str {
        self.authors
            .get(username)
            .map_or(username, |(display, _)| display.as_str())
    }

    pub fn position(&self, post: PostId) -> Option<usize> {
        self.posts.iter().position(|p| p.post.id == post)
    }
}

/// Orders posts as a reply tree: depth-first from the opening post, replies oldest
/// first. A post whose parent is missing hangs under the opening post, so nothing
/// is ever lost from view.
pub fn reply_tree<P: Into<Arc<Post>>>(posts: Vec<P>) -> Vec<TreePost> {
    let posts: Vec<Arc<Post>> = posts.into_iter().map(Into::into).collect();
    let Some(root) = posts.iter().find(|p| p.parent.is_none()).map(|p| p.id) else {
        return Vec::new();
    };
    let known: std::collections::HashSet<PostId> = posts.iter().map(|p| p.id).collect();
    let mut children: HashMap<PostId, Vec<usize>> = HashMap::new();
    for (i, post) in posts.iter().enumerate() {
        if post.id == root {
            continue;
        }
        let parent = post.parent.filter(|p| known.contains(p)).unwrap_or(root);
        children.entry(parent).or_default().push(i);
    }
    for list in children.values_mut() {
        list.sort_by_key(|&i| posts[i].id);
    }
    let mut slots: Vec<Option<Arc<Post>>> = posts.into_iter().map(Some).collect();
    let root_index = slots
        .iter()
        .position(|p| p.as_ref().is_some_and(|p| p.id == root))
        .unwrap_or(0);
    let mut out: Vec<TreePost> = Vec::with_capacity(slots.len());
    // (index into slots, depth); a stack instead of recursion, so a thread a
    // thousand replies deep cannot overflow it.
    let mut stack = vec![(root_index, 0usize)];
    let mut parents_in_out: Vec<usize> = Vec::new();
    while let Some((i, depth)) = stack.pop() {
        let Some(post) = slots[i].take() else {
            continue;
        };
        parents_in_out.truncate(depth);
        for &ancestor in &parents_in_out {
            out[ancestor].descendants += 1;
        }
        parents_in_out.push(out.len());
        if let Some(kids) = children.get(&post.id) {
            for &k in kids.iter().rev() {
                stack.push((k, depth + 1));
            }
        }
        out.push(TreePost {
            post,
            depth,
            descendants: 0,
        });
    }
    out
}

pub(super) fn check_title(title: &str, errors: &mut FieldErrors) {
    let len = validate::visible_chars(title);
    if len == 0 {
        errors.add(
            FieldName::Title,
            crate::t!("forum-discussions-title-missing"),
        );
    } else if len < TITLE_MIN {
        errors.add(
            FieldName::Title,
            crate::t!("forum-discussions-title-too-short", min = TITLE_MIN),
        );
    } else if let Err(e) = validate::optional_line(title, TITLE_MAX) {
        errors.add(FieldName::Title, e);
    }
}

pub(super) fn check_body(body: &str, errors: &mut FieldErrors) {
    let len = body.trim().chars().count();
    if len == 0 {
        errors.add(FieldName::Body, crate::t!("forum-discussions-body-empty"));
    } else if len > BODY_MAX {
        errors.add(
            FieldName::Body,
            crate::t!("forum-discussions-body-too-long", max = BODY_MAX, len = len),
        );
    }
}

pub(super) fn clean_body(body: &str) -> String {
    sanitize::multiline(body.trim()).into_owned()
}

impl Forum {
    /// The account behind `viewer` as stored now (a role may have changed since the
    /// session began); guests are told to sign up.
    pub(super) fn poster(&self, viewer: &Viewer, doing: &str) -> Result<Account, ForumError> {
        let Some(account) = viewer.account() else {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-discussions-guests-cannot",
                doing = doing
            )));
        };
        let account = self.store().account(&account.username)?.ok_or_else(|| {
            ForumError::NotFound(crate::t!(
                "forum-missing-account",
                name = account.username.to_string()
            ))
        })?;
        self.check_sanction(&account, false)?;
        Ok(account)
    }

    /// The account behind `viewer`, if it may write posts now (not muted).
    pub(super) fn writer(&self, viewer: &Viewer, doing: &str) -> Result<Account, ForumError> {
        let account = self.poster(viewer, doing)?;
        self.check_sanction(&account, true)?;
        Ok(account)
    }

    /// A community `viewer` may read; members-only ones do not exist for guests.
    pub fn community(&self, viewer: &Viewer, slug: &str) -> Result<Community, ForumError> {
        match self.store().community(slug)? {
            Some(c) if c.visibility == Visibility::Public || viewer.account().is_some() => Ok(c),
            _ => Err(ForumError::NotFound(crate::t!(
                "forum-missing-community",
                name = sanitize::inline(slug).into_owned()
            ))),
        }
    }

    /// The threads of a community: pinned first, then the most recently active.
    pub fn threads(&self, viewer: &Viewer, slug: &str) -> Result<Vec<ThreadSummary>, ForumError> {
        let marks = match viewer.account() {
            Some(a) => Some(self.store().read_marks(&a.username)?),
            None => None,
        };
        self.thread_summaries(viewer, slug, marks.as_ref(), true)
    }

    /// [`Forum::threads`] with the reader's read marks (none for a guest),
    /// read once by the caller; `count_new` false leaves `new_posts` at 0 (the
    /// forum-wide views count them for the threads they keep only).
    pub(super) fn thread_summaries(
        &self,
        viewer: &Viewer,
        slug: &str,
        marks: Option<&HashMap<ThreadId, PostId>>,
        count_new: bool,
    ) -> Result<Vec<ThreadSummary>, ForumError> {
        self.community(viewer, slug)?;
        let mut names: HashMap<String, String> = HashMap::new();
        let mut list = Vec::new();
        let committee = self.sees_hidden(viewer);
        for mut thread in self.store().community_threads(slug)? {
            if thread.hidden && !committee {
                thread.title = hidden_title();
            }
            let author_name = match names.get(thread.author.as_str()) {
                Some(name) => name.clone(),
                None => {
                    let name = self.display_name(&thread.author)?;
                    names.insert(thread.author.to_string(), name.clone());
                    name
                }
            };
            let mark = marks.map(|m| m.get(&thread.id).copied().unwrap_or_default());
            let unread = mark.is_some_and(|m| m < thread.last_post);
            let new_posts = match mark {
                Some(m) if unread && count_new => {
                    self.store().posts_after(thread.id, m, NEW_COUNTED)?
                }
                _ => 0,
            };
            list.push(ThreadSummary {
                thread,
                author_name,
                unread,
                new_posts,
            });
        }
        ThreadOrder::Activity.sort(&mut list, self.first_languages(viewer));
        Ok(list)
    }

    fn display_name(&self, username: &str) -> Result<String, ForumError> {
        Ok(self
            .store()
            .account(username)?
            .map_or_else(|| username.to_string(), |a| a.display_name))
    }

    /// A thread with its posts as a reply tree. Reading does not mark it read; the
    /// screen calls [`Forum::mark_read`] for what it showed.
    /// A thread as `viewer` may see it (a hidden one's title withheld), without
    /// its posts: for a question about the thread (is it locked?) that should
    /// not lay out a long thread to answer.
    pub fn thread(&self, viewer: &Viewer, id: ThreadId) -> Result<Thread, ForumError> {
        Ok(self.thread_in(viewer, id)?.0)
    }

    /// The thread and its community, if `viewer` may read them.
    fn thread_in(&self, viewer: &Viewer, id: ThreadId) -> Result<(Thread, Community), ForumError> {
        let Some(mut thread) = self.store().thread(id)? else {
            return Err(self.not_a_thread(id)?);
        };
        if thread.hidden && !self.sees_hidden(viewer) {
            thread.title = hidden_title();
        }
        let community = self.community(viewer, &thread.community).map_err(|_| {
            ForumError::NotFound(crate::t!("forum-missing-thread", id = id.to_string()))
        })?;
        Ok((thread, community))
    }

    pub fn read_thread(&self, viewer: &Viewer, id: ThreadId) -> Result<ThreadView, ForumError> {
        let (thread, community) = self.thread_in(viewer, id)?;
        let mut authors = HashMap::new();
        let mut posts = self.store().thread_posts(id)?;
        let committee = self.sees_hidden(viewer);
        let me = viewer.account().map(|a| a.username.as_str());
        for post in &mut posts {
            if post.deleted.is_some() || (post.hidden.is_some() && !committee) {
                post.body.clear();
                post.history.clear();
            }
            // What the committee took out of a post is for it and the author.
            post.number_versions();
            if !committee && me != Some(post.author.as_str()) {
                post.history.retain(|r| !r.by_committee);
            }
            // A thread shows when a post was last edited, not its versions (the
            // history screen reads those): readers hold one body per post.
            let earlier = post.history.len().saturating_sub(1);
            post.history.drain(..earlier);
            // The author is told why; other members only that it was hidden.
            if let Some(hiding) = &mut post.hidden
                && !committee
            {
                hiding.by.clear();
                if me != Some(post.author.as_str()) {
                    hiding.reason.clear();
                }
            }
            if !authors.contains_key(&post.author) {
                let who = match self.store().account(&post.author)? {
                    Some(a) => (a.display_name, a.organization),
                    None => (post.author.to_string(), String::new()),
                };
                authors.insert(post.author.clone(), who);
            }
        }
        let seen_before = match viewer.account() {
            Some(a) => self.store().read_mark(&a.username, id)?,
            None => PostId(0),
        };
        let reactions = self.store().thread_reactions(id)?;
        Ok(ThreadView {
            thread,
            community,
            posts: reply_tree(self.inner.posts.share(posts)),
            authors,
            seen_before,
            reactions,
        })
    }

    /// "No thread 15", or, when 15 is a reply, where it is.
    fn not_a_thread(&self, id: ThreadId) -> Result<ForumError, ForumError> {
        Ok(match self.store().post(id.opening_post())? {
            Some(post) => ForumError::NotFound(crate::t!(
                "forum-missing-thread-is-reply",
                id = id.to_string(),
                thread = post.thread.to_string()
            )),
            None => ForumError::NotFound(crate::t!("forum-missing-thread", id = id.to_string())),
        })
    }

    /// Starts a thread; returns it once it is durable.
    pub fn start_thread(
        &self,
        viewer: &Viewer,
        slug: &str,
        new: NewThread,
    ) -> Result<Thread, ForumError> {
        let author = self.writer(viewer, &crate::t!("forum-discussions-doing-start-threads"))?;
        let community = self.community(viewer, slug)?;
        let mut errors = FieldErrors::default();
        check_title(&new.title, &mut errors);
        check_body(&new.body, &mut errors);
        errors.into_result()?;
        let title = sanitize::inline(new.title.trim()).into_owned();
        let body = clean_body(&new.body);
        let mentioned = mentions::find_for(self, &body, &author)?;
        self.paced(&author, super::pace::Paced::Threads)?;
        let language = written_in(new.language, &title, &body);
        let now = self.now();
        let draft = DraftPlace::NewThread(community.slug.clone());
        if self.held_for_review(&author)? {
            let held = HeldPost {
                community: community.slug.clone(),
                parent: None,
                title,
                thread_title: String::new(),
                body,
                mentions: mentioned,
                language,
            };
            return Err(self.hold(&author, held, &draft));
        }
        let (thread, post) = self.store().insert_thread(
            &NewPost {
                author: author.username.to_string(),
                draft_key: Some(draft.key()),
            },
            |id| {
                let thread = Thread {
                    language,
                    id,
                    community: community.slug.clone(),
                    title: title.clone(),
                    author: author.username.clone(),
                    created_at: now,
                    last_activity: now,
                    last_post: id.opening_post(),
                    posts: 1,
                    pinned: false,
                    locked: false,
                    hidden: false,
                };
                let post = Post {
                    language,
                    id: id.opening_post(),
                    thread: id,
                    parent: None,
                    author: author.username.clone(),
                    body: body.clone(),
                    created_at: now,
                    history: Vec::new(),
                    deleted: None,
                    mentions: mentioned.clone(),
                    hidden: None,
                    committee_note: None,
                    versions_let_go: 0,
                };
                (thread, post)
            },
        )?;
        let told = self.tell_of_post(&thread, &post)?;
        self.commit(Change::Posted {
            community: thread.community.clone(),
            thread: thread.id,
            post: post.id,
        })?;
        self.announce_told(told);
        tracing::info!(username = %author.username, thread = %thread.id, community = %thread.community, "thread started");
        Ok(thread)
    }

    /// Replies to post `parent`; returns the new post once it is durable. Its
    /// language is detected from what was written.
    pub fn reply(&self, viewer: &Viewer, parent: PostId, body: &str) -> Result<Post, ForumError> {
        self.reply_in(viewer, parent, body, None)
    }

    /// Replies in `language` as its author chose it (none: detected).
    pub fn reply_in(
        &self,
        viewer: &Viewer,
        parent: PostId,
        body: &str,
        language: Option<Language>,
    ) -> Result<Post, ForumError> {
        let author = self.writer(viewer, &crate::t!("forum-discussions-doing-reply"))?;
        let Some(parent_post) = self.store().post(parent)? else {
            return Err(ForumError::NotFound(crate::t!(
                "forum-missing-post",
                id = parent.to_string()
            )));
        };
        let Some(thread) = self.store().thread(parent_post.thread)? else {
            return Err(ForumError::NotFound(crate::t!(
                "forum-missing-thread",
                id = parent_post.thread.to_string()
            )));
        };
        self.community(viewer, &thread.community).map_err(|_| {
            ForumError::NotFound(crate::t!("forum-missing-post", id = parent.to_string()))
        })?;
        let mut errors = FieldErrors::default();
        check_body(body, &mut errors);
        errors.into_result()?;
        let body = clean_body(body);
        let mentioned = mentions::find_for(self, &body, &author)?;
        let moderates = Capability::SteerThreads.held_by(&author);
        // Refused before it is counted (the write checks again, for a lock
        // that comes meanwhile).
        if thread.locked && !moderates {
            return Err(ForumError::NotAllowed(crate::t!(
                "forum-discussions-thread-locked"
            )));
        }
        self.paced(&author, super::pace::Paced::Replying)?;
        let language = written_in(language, "", &body);
        let now = self.now();
        let draft = DraftPlace::Reply(parent);
        if self.held_for_review(&author)? {
            let held = HeldPost {
                community: thread.community.clone(),
                parent: Some(parent),
                title: String::new(),
                thread_title: thread.title.clone(),
                body,
                mentions: mentioned,
                language,
            };
            return Err(self.hold(&author, held, &draft));
        }
        let result = self.store().insert_reply(
            thread.id,
            &NewPost {
                author: author.username.to_string(),
                draft_key: Some(draft.key()),
            },
            |id, thread| {
                if thread.locked && !moderates {
                    return Err(ForumError::NotAllowed(crate::t!(
                        "forum-discussions-thread-locked"
                    )));
                }
                Ok(Post {
                    language,
                    id,
                    thread: thread.id,
                    parent: Some(parent),
                    author: author.username.clone(),
                    body: body.clone(),
                    created_at: now,
                    history: Vec::new(),
                    deleted: None,
                    mentions: mentioned.clone(),
                    hidden: None,
                    committee_note: None,
                    versions_let_go: 0,
                })
            },
        );
        let (thread, post) = written(result, || {
            crate::t!("forum-missing-thread", id = thread.id.to_string())
        })?;
        let told = self.tell_of_post(&thread, &post)?;
        self.commit(Change::Posted {
            community: thread.community.clone(),
            thread: thread.id,
            post: post.id,
        })?;
        self.announce_told(told);
        Ok(post)
    }

    /// A post, for quoting in a reply or filling an edit form. Deleted posts and
    /// posts in communities the viewer cannot read are not found.
    pub fn post(&self, viewer: &Viewer, id: PostId) -> Result<Post, ForumError> {
        let missing = || ForumError::NotFound(crate::t!("forum-missing-post", id = id.to_string()));
        let post = self.store().post(id)?.ok_or_else(missing)?;
        let thread = self.store().thread(post.thread)?.ok_or_else(missing)?;
        self.community(viewer, &thread.community)
            .map_err(|_| missing())?;
        if post.deleted.is_some() || (post.hidden.is_some() && !self.sees_hidden(viewer)) {
            return Err(missing());
        }
        let mut post = post;
        let author = viewer.account().is_some_and(|a| a.username == post.author);
        // What the committee took out of a post is for it and the author.
        post.number_versions();
        if !self.sees_hidden(viewer) && !author {
            post.history.retain(|r| !r.by_committee);
        }
        Ok(post)
    }
}

/// A store write's outcome in the forum's words; `what` names what was missing.
pub(super) fn written(
    result: Result<(Thread, Post), UpdateError<ForumError>>,
    what: impl FnOnce() -> String,
) -> Result<(Thread, Post), ForumError> {
    match result {
        Ok(done) => Ok(done),
        Err(UpdateError::Refused(e)) => Err(e),
        Err(UpdateError::NotFound | UpdateError::KeyTaken) => Err(ForumError::NotFound(what())),
        Err(UpdateError::Store(e)) => Err(e.into()),
    }
}

#[cfg(test)]
#[path = "discussions_tests.rs"]
mod tests;
