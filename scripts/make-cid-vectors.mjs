// Writes Registry.Tests/TestData/cid-vectors.json: the CIDs that the reference UnixFS importer (the code inside
// js-ipfs, with the options of `ipfs add --cid-version=1`) computes for deterministic contents, and their SHA-256.
// Run from anywhere: node scripts/make-cid-vectors.mjs (needs the repo's node_modules: npm ci).
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importer } from 'ipfs-unixfs-importer'
import { MemoryBlockstore } from 'blockstore-core/memory'

const chunkSize = 262144
const xorshift32Description =
  'xorshift32 (x ^= x << 13; x ^= x >>> 17; x ^= x << 5, on unsigned 32-bit x) seeded with 0x9E3779B9; ' +
  'each step appends the new x as 4 little-endian bytes; the content is the first `size` bytes.'

/** The first `size` bytes of the xorshift32 stream described above. */
function xorshift32Bytes (size) {
  const words = new Uint32Array(Math.ceil(size / 4))
  let x = 0x9E3779B9
  for (let i = 0; i < words.length; i++) {
    x = (x ^ (x << 13)) >>> 0
    x = (x ^ (x >>> 17)) >>> 0
    x = (x ^ (x << 5)) >>> 0
    words[i] = x
  }
  // Uint32Array is little-endian on every platform node runs on (x64, arm64); checked below.
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) throw new Error('big-endian host')
  return new Uint8Array(words.buffer, 0, size)
}

async function cidOf (content) {
  const options = { cidVersion: 1, rawLeaves: true, reduceSingleLeafToSelf: true }
  let last
  for await (const entry of importer([{ content }], new MemoryBlockstore(), options)) last = entry
  return last.cid.toString()
}

const sizes = [
  0,
  1,
  chunkSize,
  chunkSize + 1,
  1048576,
  174 * chunkSize, // the most chunks one node links to
  174 * chunkSize + 1, // one chunk more: two levels, the second child linking a single leaf
  175 * chunkSize + 12345 // two levels, the second child linking two leaves
]

const vectors = [{ generator: 'utf8', text: 'hello world', content: new TextEncoder().encode('hello world') }]
for (const size of sizes) vectors.push({ generator: 'xorshift32', content: xorshift32Bytes(size) })

const out = []
for (const v of vectors) {
  const entry = { size: v.content.length, generator: v.generator }
  if (v.text !== undefined) entry.text = v.text
  entry.cid = await cidOf(v.content)
  entry.sha256 = createHash('sha256').update(v.content).digest('hex')
  out.push(entry)
  console.log(`${String(entry.size).padStart(10)}  ${entry.cid}`)
}

const document = {
  description: 'CIDv1 as `ipfs add --cid-version=1` makes them (raw leaves, 262,144-byte chunks, balanced DAG of at most 174 links per node), computed by ipfs-unixfs-importer@12 with { cidVersion: 1, rawLeaves: true, reduceSingleLeafToSelf: true }. Regenerate with: node scripts/make-cid-vectors.mjs',
  generators: {
    utf8: 'the UTF-8 bytes of `text`',
    xorshift32: xorshift32Description
  },
  vectors: out
}
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'Registry.Tests', 'TestData', 'cid-vectors.json')
writeFileSync(target, JSON.stringify(document, null, 2) + '\n')
console.log(`written to ${target}`)
