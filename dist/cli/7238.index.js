export const id = 7238;
export const ids = [7238];
export const modules = {

/***/ 95105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lk: () => (/* binding */ openAtomicWriter),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   m7: () => (/* binding */ openFileAtomic)
/* harmony export */ });
/* unused harmony export UnsafeOutputPathError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




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
    const rel = node_path__WEBPACK_IMPORTED_MODULE_3___default().relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_3___default().isAbsolute(rel));
};
/** Checks the target and opens a fresh temporary file beside it; returns both paths and the handle. */
async function prepare(file, options) {
    const target = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(file);
    const dir = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname(target);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    const existing = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(target).catch((e) => {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    });
    if (existing?.isSymbolicLink())
        throw new UnsafeOutputPathError(`${file} is a symbolic link; runguard does not write through links (remove it, or choose another path)`);
    if (existing?.isDirectory())
        throw new UnsafeOutputPathError(`${file} is a directory`);
    if (options.root !== undefined) {
        const root = node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(options.root);
        if (inside(root, target)) {
            const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root);
            const realDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(dir);
            if (!inside(realRoot, realDir))
                throw new UnsafeOutputPathError(`${file} is inside the workspace but its directory resolves to ${realDir}, outside it (a symbolic link); runguard does not write there`);
        }
    }
    const temp = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(target)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(temp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_EXCL | (node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.O_NOFOLLOW ?? 0), options.mode ?? 0o644);
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
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
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
/**
 * Like openFileAtomic, for text produced piece by piece that must not be held whole (a large
 * SARIF log): each piece is written as it comes, and nothing is visible at the target until
 * `commit`. Same checks: no link followed, nothing outside `root`.
 */
async function openAtomicWriter(file, options = {}) {
    const { target, temp, handle } = await prepare(file, options);
    let position = 0;
    let closed = false;
    const close = async () => {
        if (closed)
            return;
        closed = true;
        await handle.close();
    };
    return {
        async write(text) {
            const bytes = Buffer.from(text, 'utf8');
            for (let offset = 0; offset < bytes.length;) {
                const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, position);
                offset += bytesWritten;
                position += bytesWritten;
            }
        },
        async rewind() {
            await handle.truncate(0);
            position = 0;
        },
        async commit() {
            try {
                await close();
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(temp, target);
            }
            catch (error) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
                throw error;
            }
        },
        async abort() {
            await close().catch(() => undefined);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.unlink)(temp).catch(() => undefined);
        }
    };
}


/***/ }),

/***/ 37238:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openTextFile: () => (/* binding */ openTextFile),
/* harmony export */   writeTextChunks: () => (/* binding */ writeTextChunks),
/* harmony export */   writeTextFile: () => (/* binding */ writeTextFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95105);


/**
 * Writes a text file (one string, or pieces written in order), creating its parent directories:
 * every report and the saved baseline go through here (the builders of those formats stay pure). Atomic, and never through a symlink
 * (src/util/atomic-write.ts); with `root` (the workspace), never outside it through a linked
 * directory either.
 */
async function writeTextFile(filePath, text, root) {
    await (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Zf)(filePath, text, root === undefined ? {} : { root });
}
/** Writes text given in pieces (a large SARIF's chunks) without joining them into one string. */
function writeTextChunks(file, chunks) {
    const fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(file, 'w');
    try {
        for (const chunk of chunks)
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeSync(fd, chunk);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
    }
}
/**
 * Opens a file for a text that does not exist yet, creating its parent directories, and
 * returns the function that writes it (once). A path that cannot be written fails here, early:
 * the job summary is rendered last, from the verdict, yet a summary file that cannot be written
 * must still be part of that verdict. Atomic and link-refusing like writeTextFile.
 */
async function openTextFile(filePath, root) {
    return (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_1__/* .openFileAtomic */ .m7)(filePath, root === undefined ? {} : { root });
}


/***/ })

};
