//! Exec commands over a channel: standard input gathered until the client's end of
//! input, the command run off the reactor, its output and exit status sent back.

use super::output::Output;
use stoa_core::domain::Attachment;
use stoa_core::forum::{Forum, Viewer};
use stoa_core::store::CHUNK;
use stoa_ui::exec;

/// A command that reads standard input, and what has arrived of it so far.
pub(super) struct Pending {
    pub command: String,
    pub stdin: Vec<u8>,
    pub output: Output,
    pub has_pty: bool,
}

/// More standard input than any post could use is refused, not buffered.
pub(super) const MAX_STDIN: usize = 1024 * 1024;

/// Runs a command off the reactor (it may flush the store) and sends its output;
/// the new post's id goes out only after the write is durable.
pub(super) fn run(
    forum: Forum,
    viewer: Viewer,
    language: Option<stoa_core::domain::Language>,
    command: String,
    stdin: Vec<u8>,
    output: Output,
    has_pty: bool,
) {
    tokio::spawn(async move {
        let reading = forum.clone();
        let outcome = tokio::task::spawn_blocking(move || {
            exec::run_for(&forum, &viewer, language, &command, &stdin)
        })
        .await;
        let (stdout, stderr, status, download) = match outcome {
            Ok(o) => (o.stdout, o.stderr, o.status, o.download),
            Err(_) => (String::new(), "stoa: internal error\n".into(), 1, None),
        };
        if let Some(file) = download {
            let status = match send_file(&reading, &file, &output).await {
                Ok(()) => status,
                Err(Some(why)) => {
                    let _ = output.stderr(format!("stoa: {why}\n").as_bytes()).await;
                    1
                }
                // The client went.
                Err(None) => return,
            };
            output.finish(status).await;
            return;
        }
        finish(output, stdout, stderr, status, has_pty).await;
    });
}

/// Sends a file's bytes as they are (no line ends changed, whatever the
/// terminal), a stored chunk at a time: each waits for the client's window,
/// so a slow link holds one chunk, not the file. `Err(None)`: the client went.
async fn send_file(
    forum: &Forum,
    file: &Attachment,
    output: &Output,
) -> Result<(), Option<String>> {
    let mut offset = 0u64;
    while offset < file.size {
        let (forum, wanted) = (forum.clone(), file.clone());
        let chunk = tokio::task::spawn_blocking(move || forum.read_file(&wanted, offset, CHUNK))
            .await
            .map_err(|_| Some("internal error".to_string()))?
            .map_err(|e| Some(e.to_string()))?;
        if chunk.is_empty() {
            return Err(Some(format!("{} is cut short in the store", file.name)));
        }
        offset += chunk.len() as u64;
        output.data(&chunk).await.map_err(|_| None)?;
    }
    Ok(())
}

/// Sends a command's output and exit status, then closes the channel. With a pty
/// the client's terminal is raw, so line ends need a carriage return.
pub(super) async fn finish(
    output: Output,
    stdout: String,
    stderr: String,
    status: u32,
    has_pty: bool,
) {
    let fix = |s: String| if has_pty { s.replace('\n', "\r\n") } else { s };
    if !stdout.is_empty() && output.data(fix(stdout).as_bytes()).await.is_err() {
        return;
    }
    if !stderr.is_empty() && output.stderr(fix(stderr).as_bytes()).await.is_err() {
        return;
    }
    output.finish(status).await;
}
