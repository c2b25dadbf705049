use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::{ConversationId, EntryId, PostId, Slug, ThreadId, Username};

/// A conversation in a community. Its id is the id of its first post, so one
/// number names both, and `reply THREAD_ID` answers the opening post.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Thread {
    pub id: ThreadId,
    pub community: Slug,
    pub title: String,
    /// Username of whoever opened it.
    pub author: Username,
    pub created_at: Timestamp,
    /// When the last post arrived; the thread list is ordered by it.
    pub last_activity: Timestamp,
    /// Id of the newest post: a member has unread posts when it is above their mark.
    pub last_post: PostId,
    /// Posts in the thread, the opening post included, deleted ones too (they keep
    /// their place in the tree).
    pub posts: u32,
    pub pinned: bool,
    pub locked: bool,
    /// The committee hid its opening post: members see neither it nor the title.
    #[serde(default)]
    pub hidden: bool,
    /// Its opening post's language, so that lists can put a reader's
    /// languages first without reading the posts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<super::Language>,
}

impl Thread {
    pub fn replies(&self) -> u32 {
        self.posts.saturating_sub(1)
    }
}

/// One contribution to a thread: the opening post, or a reply to another post.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Post {
    pub id: PostId,
    pub thread: ThreadId,
    /// The post this answers; `None` for the opening post.
    pub parent: Option<PostId>,
    pub author: Username,
    /// Markdown-lite, already sanitised (newlines kept, no control characters).
    pub body: String,
    pub created_at: Timestamp,
    /// Earlier bodies, oldest first; empty when never edited.
    pub history: Vec<Revision>,
    pub deleted: Option<Deletion>,
    /// Usernames named with `@` that belong to accounts (for notifications).
    pub mentions: Vec<Username>,
    /// Set while the editorial committee hides the post: members see that it was
    /// hidden, the committee still sees the original.
    #[serde(default)]
    pub hidden: Option<super::Hiding>,
    /// The committee's note when one of them edited someone else's post, shown
    /// with the post.
    #[serde(default)]
    pub committee_note: Option<String>,
    /// The language it is written in: chosen by its author, else detected
    /// when it was written; none when neither could tell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<super::Language>,
    /// How many of its author's earlier versions were let go (see
    /// [`REVISIONS_KEPT`]).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub versions_let_go: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// How many of its author's earlier versions a post keeps: the original and
/// the latest. Each can be a whole body and readers of the post's history
/// load them all, so a member who edits without end must not grow the post
/// without end. The versions the committee replaced are kept besides, as the
/// record of what it took out.
pub const REVISIONS_KEPT: usize = 20;

impl Post {
    pub fn edited_at(&self) -> Option<Timestamp> {
        self.history.last().map(|r| r.replaced_at)
    }

    /// How many times the post was edited: more than `history` holds once
    /// versions in between were let go.
    pub fn edits(&self) -> usize {
        match self.history.len() {
            0 => 0,
            n => self.history[n - 1].number(n - 1),
        }
    }

    /// How many earlier versions there were, those let go included (of those
    /// the viewer may read: `history` may have been filtered).
    pub fn earlier_versions(&self) -> usize {
        self.history.len() + self.versions_let_go
    }

    /// Gives each earlier version its number from its place, for records
    /// written before versions were numbered. Done before `history` is
    /// filtered or shortened, so that the numbers stay right.
    pub fn number_versions(&mut self) {
        for (i, revision) in self.history.iter_mut().enumerate() {
            revision.number = revision.number(i);
        }
    }

    /// Replaces the body with `body`, keeping the one it replaces as the next
    /// version. Past [`REVISIONS_KEPT`] of the author's, the oldest after the
    /// original go; what the committee took out stays, as the record of why.
    pub fn replace_body(&mut self, body: String, replaced_at: Timestamp, by_committee: bool) {
        let number = self.edits() + 1;
        self.number_versions();
        self.history.push(Revision {
            body: std::mem::replace(&mut self.body, body),
            replaced_at,
            by_committee,
            number,
        });
        loop {
            let authors: Vec<usize> = (1..self.history.len())
                .filter(|&i| !self.history[i].by_committee)
                .collect();
            if authors.len() < REVISIONS_KEPT {
                break;
            }
            self.history.remove(authors[0]);
            self.versions_let_go += 1;
        }
    }
}

/// A body as it was before an edit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Revision {
    pub body: String,
    /// When the edit replaced it.
    pub replaced_at: Timestamp,
    /// The editorial committee replaced it (taking out what should not be
    /// there): only the committee and the author read it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_committee: bool,
    /// Which version it was, the original being 1; 0 in records written
    /// before versions were numbered (their place in `history` tells).
    #[serde(default)]
    pub number: usize,
}

impl Revision {
    /// Its version number, given its place in `history`.
    pub fn number(&self, index: usize) -> usize {
        if self.number == 0 {
            index + 1
        } else {
            self.number
        }
    }
}

/// Who removed a post and when. The body is kept for the record but never shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Deletion {
    pub by: String,
    pub at: Timestamp,
}

/// Where a draft was being written, so it is offered back in the same place.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum DraftPlace {
    /// A new thread in the community with this slug.
    NewThread(Slug),
    /// A reply to this post.
    Reply(PostId),
    /// An edit of this post.
    Edit(PostId),
    /// The first post of the thread about this library entry.
    EntryThread(EntryId),
    /// A message in this private conversation.
    Message(ConversationId),
    /// The first message of a conversation with these members (and the
    /// committee), names sorted and joined with commas.
    NewConversation(String),
}

impl DraftPlace {
    /// The key under which the draft is stored for one member.
    pub fn key(&self) -> String {
        match self {
            DraftPlace::NewThread(slug) => format!("new:{slug}"),
            DraftPlace::Reply(id) => format!("reply:{id}"),
            DraftPlace::Edit(id) => format!("edit:{id}"),
            DraftPlace::EntryThread(id) => format!("entry:{id}"),
            DraftPlace::Message(id) => format!("message:{id}"),
            DraftPlace::NewConversation(to) => format!("to:{to}"),
        }
    }
}

/// A post being written, kept when the member leaves or the connection drops.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub place: DraftPlace,
    pub title: String,
    pub body: String,
    pub saved_at: Timestamp,
}

/// Where a member was when their last session ended, so the next one opens
/// there: the screen, the post selected, the draft being written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "at")]
pub enum LastPlace {
    #[default]
    Home,
    Communities,
    /// A community's thread list.
    Community {
        slug: Slug,
    },
    /// A thread, with the post that was selected.
    Thread {
        id: ThreadId,
        post: PostId,
    },
    /// The composer, whose draft is kept under this place.
    Writing {
        place: DraftPlace,
    },
    MySubmissions,
    Moderation,
    Events,
    Jobs,
    Library,
    News,
    Notifications,
    People,
    Conversations,
    /// A private conversation.
    Conversation {
        id: ConversationId,
    },
}
