export const id = 798;
export const ids = [798];
export const modules = {

/***/ 43798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ openTextFile),
  writeTextFile: () => (/* binding */ writeTextFile)
});

// UNUSED EXPORTS: writeTextChunks

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/util/atomic-write.ts




/**
 * Writes a report file so that no reader ever sees a half-written or mixed file and no symlink
 * redirects it: the text goes to a fresh temporary file in the same directory (created with
 * O_EXCL|O_NOFOLLOW, so nothing that already exists is opened), which is then renamed over the
 * target in one step. Two runs writing the same path each rename their own complete file; the
 * last one wins whole. A symlink at the target path is refused, not followed or replaced: a
 * pull request can commit `runguard.sarif -> ~/.bashrc`. With `root`, a target inside `root`
 * whose directory resolves outside it (a committed symlinked directory) is refused too.
 */
/** Thrown when the target is a symlink or escapes `root` through one. */
class UnsafeOutputPathError extends Error {
}
const inside = (parent, child) => {
    const rel = external_node_path_default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
};
/** Checks the target and opens a fresh temporary file beside it; returns both paths and the handle. */
async function prepare(file, options) {
    const target = external_node_path_default().resolve(file);
    const dir = external_node_path_default().dirname(target);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const existing = await (0,promises_.lstat)(target).catch((e) => {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    });
    if (existing?.isSymbolicLink())
        throw new UnsafeOutputPathError(`${file} is a symbolic link; runguard does not write through links (remove it, or choose another path)`);
    if (existing?.isDirectory())
        throw new UnsafeOutputPathError(`${file} is a directory`);
    if (options.root !== undefined) {
        const root = external_node_path_default().resolve(options.root);
        if (inside(root, target)) {
            const realRoot = await (0,promises_.realpath)(root);
            const realDir = await (0,promises_.realpath)(dir);
            if (!inside(realRoot, realDir))
                throw new UnsafeOutputPathError(`${file} is inside the workspace but its directory resolves to ${realDir}, outside it (a symbolic link); runguard does not write there`);
        }
    }
    const temp = external_node_path_default().join(dir, `.${external_node_path_default().basename(target)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await (0,promises_.open)(temp, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | (external_node_fs_.constants.O_NOFOLLOW ?? 0), options.mode ?? 0o644);
    return { target, temp, handle };
}
/** Writes the chunks, closes, and renames the temporary file over the target. */
async function finish(prepared, data) {
    const { target, temp, handle } = prepared;
    try {
        try {
            for (const chunk of typeof data === 'string' ? [data] : data)
                await handle.write(chunk, null, 'utf8');
        }
        finally {
            await handle.close();
        }
        await (0,promises_.rename)(temp, target);
    }
    catch (error) {
        await (0,promises_.unlink)(temp).catch(() => undefined);
        throw error;
    }
}
/** Writes `data` (text, or chunks of text written in order) to `file` atomically. */
async function writeFileAtomic(file, data, options = {}) {
    await finish(await prepare(file, options), data);
}
/**
 * Checks `file` and opens its temporary file now (so a path that cannot be written fails early),
 * and returns the function that writes the text and renames it into place (once).
 */
async function openFileAtomic(file, options = {}) {
    const prepared = await prepare(file, options);
    return data => finish(prepared, data);
}

;// CONCATENATED MODULE: ./src/util/write-file.ts


/**
 * Writes a text file (one string, or pieces written in order), creating its parent directories:
 * every report and the saved baseline go through here (the builders of those formats stay pure). Atomic, and never through a symlink
 * (src/util/atomic-write.ts); with `root` (the workspace), never outside it through a linked
 * directory either.
 */
async function writeTextFile(filePath, text, root) {
    await writeFileAtomic(filePath, text, root === undefined ? {} : { root });
}
/** Writes text given in pieces (a large SARIF's chunks) without joining them into one string. */
function writeTextChunks(file, chunks) {
    const fd = fs.openSync(file, 'w');
    try {
        for (const chunk of chunks)
            fs.writeSync(fd, chunk);
    }
    finally {
        fs.closeSync(fd);
    }
}
/**
 * Opens a file for a text that does not exist yet, creating its parent directories, and
 * returns the function that writes it (once). A path that cannot be written fails here, early:
 * the job summary is rendered last, from the verdict, yet a summary file that cannot be written
 * must still be part of that verdict. Atomic and link-refusing like writeTextFile.
 */
async function openTextFile(filePath, root) {
    return openFileAtomic(filePath, root === undefined ? {} : { root });
}


/***/ })

};
