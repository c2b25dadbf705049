//! The read-only web (`[http] listen`, off by default): Atom feeds, an
//! iCalendar feed and plain pages of what a guest may read, for the feed
//! readers and calendar programs that cannot run ssh. Nothing here writes.
//!
//! hyper's HTTP/1 server with our own accept loop, as for SSH: the limits
//! (connections in all and per address, a deadline for a request's headers and
//! for a whole connection) hold before any request is read, so a client that
//! opens a thousand sockets or never sends its headers holds a few slots for a
//! few seconds, not the listener.

mod html;
mod pages;

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use serde::{Deserialize, Serialize};
use tokio::net::TcpListener;

use stoa_core::domain::{EntryId, EventId, JobId, NewsId, PostId, ThreadId};
use stoa_core::forum::{Forum, ForumError, Stream};
use stoa_ui::exec::{events_ics, feed};

use html::{Block, Page};

/// `[http]` in config/stoa.toml.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Http {
    /// Address and port of the read-only web; empty: no web at all.
    pub listen: String,
    /// The address readers use (`https://forum.example.org`), for the links in
    /// feeds; empty: `http://` and the address listened on.
    pub url: String,
    pub max_connections: usize,
    pub max_connections_per_address: usize,
}

impl Default for Http {
    fn default() -> Self {
        Http {
            listen: String::new(),
            url: String::new(),
            max_connections: 64,
            max_connections_per_address: 8,
        }
    }
}

/// How long a client has to send a request's headers.
const HEADERS_DEADLINE: Duration = Duration::from_secs(10);
/// How long one connection may last, keep-alive included: a page is a few KB.
const CONNECTION_DEADLINE: Duration = Duration::from_secs(60);

/// Connections held, in all and per address.
#[derive(Default)]
struct Held {
    all: usize,
    by_address: HashMap<IpAddr, usize>,
}

struct Slot {
    held: Arc<Mutex<Held>>,
    address: IpAddr,
}

impl Drop for Slot {
    fn drop(&mut self) {
        if let Ok(mut held) = self.held.lock() {
            held.all = held.all.saturating_sub(1);
            if let Some(n) = held.by_address.get_mut(&self.address) {
                *n -= 1;
                if *n == 0 {
                    held.by_address.remove(&self.address);
                }
            }
        }
    }
}

fn admit(held: &Arc<Mutex<Held>>, address: IpAddr, limits: &Http) -> Option<Slot> {
    let mut h = held.lock().ok()?;
    let mine = h.by_address.get(&address).copied().unwrap_or(0);
    if h.all >= limits.max_connections || mine >= limits.max_connections_per_address {
        return None;
    }
    h.all += 1;
    *h.by_address.entry(address).or_insert(0) += 1;
    Some(Slot {
        held: held.clone(),
        address,
    })
}

/// Serves the web on `listener` until the task is dropped.
pub async fn serve(forum: Forum, listener: TcpListener, limits: Http) {
    let held = Arc::new(Mutex::new(Held::default()));
    loop {
        let (socket, peer) = match listener.accept().await {
            Ok(pair) => pair,
            Err(e) => {
                tracing::warn!(error = %e, "web: cannot accept a connection");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        // Over a limit, the socket is closed at once: nothing is read from it.
        let Some(slot) = admit(&held, peer.ip(), &limits) else {
            continue;
        };
        let forum = forum.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request| {
                let forum = forum.clone();
                async move { Ok::<_, Infallible>(respond(forum, request).await) }
            });
            let connection = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEADERS_DEADLINE)
                .serve_connection(TokioIo::new(socket), service);
            let _ = tokio::time::timeout(CONNECTION_DEADLINE, connection).await;
            drop(slot);
        });
    }
}

/// What a request is answered with, before it is a response.
enum Answer {
    Html(String),
    Atom(String),
    Calendar(String),
    /// To another address on this site (a post's place in its thread).
    SeeOther(String),
    NotFound(String),
    Failed,
}

async fn respond(forum: Forum, request: Request<Incoming>) -> Response<Full<Bytes>> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let mut response = reply(
            StatusCode::METHOD_NOT_ALLOWED,
            "text/plain; charset=utf-8",
            "Only reading: GET and HEAD.\n".into(),
        );
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let path = request.uri().path().to_string();
    let page = page_number(request.uri().query());
    // The store is read on the blocking pool, not on the reactor.
    let answer = tokio::task::spawn_blocking(move || {
        route(&forum, &path, page).into_response(&forum, &path)
    })
    .await;
    answer.unwrap_or_else(|_| failed())
}

fn page_number(query: Option<&str>) -> Option<usize> {
    query?
        .split('&')
        .find_map(|pair| pair.strip_prefix("page="))
        .map(|n| n.parse().unwrap_or(0))
}

fn route(forum: &Forum, path: &str, page: Option<usize>) -> Answer {
    let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let viewer = pages::guest();
    let result = match parts.as_slice() {
        [""] => pages::home(forum).map(|p| one(&p, page)),
        ["feed.atom"] => feed::feed(forum, &viewer).map(Answer::Atom),
        [what @ ("news" | "library" | "events" | "jobs")] => {
            pages::index(forum, what).map(|p| one(&p, page))
        }
        ["events.ics"] => {
            events_ics(forum, &viewer, &Default::default(), false).map(Answer::Calendar)
        }
        ["news", n] => number(n).map_or(Ok(missing(path)), |n| {
            pages::news(forum, NewsId(n)).map(|p| one(&p, page))
        }),
        ["library", n] => number(n).map_or(Ok(missing(path)), |n| {
            pages::entry(forum, EntryId(n)).map(|p| one(&p, page))
        }),
        ["events", n] => number(n).map_or(Ok(missing(path)), |n| {
            pages::event(forum, EventId(n)).map(|p| one(&p, page))
        }),
        ["jobs", n] => number(n).map_or(Ok(missing(path)), |n| {
            pages::job(forum, JobId(n)).map(|p| one(&p, page))
        }),
        ["c", slug] => pages::community(forum, slug).map(|p| one(&p, page)),
        ["s", slug] => match Stream::from_slug(slug) {
            Some(stream) => pages::strategy(forum, stream).map(|p| one(&p, page)),
            None => Ok(missing(path)),
        },
        ["c", slug, "feed.atom"] => feed::community_feed(forum, &viewer, slug).map(Answer::Atom),
        ["t", n] => number(n).map_or(Ok(missing(path)), |n| {
            pages::thread(forum, ThreadId(n)).map(|p| one(&p, page))
        }),
        ["t", n, "feed.atom"] => number(n).map_or(Ok(missing(path)), |n| {
            feed::thread_feed(forum, &viewer, ThreadId(n)).map(Answer::Atom)
        }),
        ["p", n] => number(n).map_or(Ok(missing(path)), |n| {
            pages::post_address(forum, PostId(n)).map(Answer::SeeOther)
        }),
        _ => Ok(missing(path)),
    };
    match result {
        Ok(answer) => answer,
        Err(ForumError::NotFound(what)) => Answer::NotFound(what),
        Err(e) => {
            tracing::warn!(error = %e, path, "web: a page could not be read");
            Answer::Failed
        }
    }
}

fn number(text: &str) -> Option<u64> {
    text.parse().ok()
}

fn missing(path: &str) -> Answer {
    Answer::NotFound(format!("no page at {path}"))
}

/// Page `n` (from 1; the first when not asked) of `page`.
fn one(page: &Page, n: Option<usize>) -> Answer {
    match page.document(n.unwrap_or(1)) {
        Some(document) => Answer::Html(document),
        None => Answer::NotFound(format!("no page {} here", n.unwrap_or(0))),
    }
}

fn not_found(forum: &Forum, what: &str) -> String {
    let site = forum.site();
    let page = Page {
        site: &site.name,
        join: site.ssh(None),
        title: "Not found".into(),
        path: String::new(),
        blocks: vec![Block::new(format!(
            "<p>Not found: {}. Only what a guest may read is here; \
             <a href=\"/\">the home page</a> lists it.</p>",
            // An address is echoed only so far: the page stays small.
            html::line(&what.chars().take(200).collect::<String>())
        ))],
    };
    page.document(1).unwrap_or_default()
}

impl Answer {
    fn into_response(self, forum: &Forum, path: &str) -> Response<Full<Bytes>> {
        match self {
            Answer::Html(body) => reply(StatusCode::OK, "text/html; charset=utf-8", body),
            Answer::Atom(body) => {
                reply(StatusCode::OK, "application/atom+xml; charset=utf-8", body)
            }
            Answer::Calendar(body) => reply(StatusCode::OK, "text/calendar; charset=utf-8", body),
            Answer::SeeOther(to) => {
                let mut response = reply(
                    StatusCode::SEE_OTHER,
                    "text/plain; charset=utf-8",
                    String::new(),
                );
                if let Ok(value) = HeaderValue::from_str(&to) {
                    response.headers_mut().insert(header::LOCATION, value);
                }
                response
            }
            Answer::NotFound(what) => reply(
                StatusCode::NOT_FOUND,
                "text/html; charset=utf-8",
                not_found(forum, &what),
            ),
            Answer::Failed => {
                tracing::debug!(path, "web: answered 500");
                failed()
            }
        }
    }
}

fn failed() -> Response<Full<Bytes>> {
    reply(
        StatusCode::INTERNAL_SERVER_ERROR,
        "text/plain; charset=utf-8",
        "The forum could not read this page; try again in a moment.\n".into(),
    )
}

fn reply(status: StatusCode, content_type: &'static str, body: String) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body)));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    // No script, no frames, nothing fetched from elsewhere: the pages need none.
    for (name, value) in [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'unsafe-inline'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "max-age=60"),
    ] {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}
