import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'

/**
 * A tiny HTTP proxy on 127.0.0.1 that records what it is asked to carry. undici's ProxyAgent
 * (the dispatcher `@actions/http-client` hands out) tunnels every request, http and https,
 * with CONNECT, so CONNECT is what this proxy serves: it opens the tunnel to the address
 * `routes` gives for the requested `host:port` (always on this machine) and answers 502 for
 * anything else. Any other request is recorded and refused, so a client that sent one would
 * fail the test rather than pass unnoticed.
 */

export interface ProxyRecord {
  /** CONNECT target (`host:port`) or `METHOD url` for a non-CONNECT request. */
  target: string
  /** The Proxy-Authorization header, when sent. */
  proxyAuthorization?: string
}

export interface RecordingProxy {
  /** `http://127.0.0.1:<port>` (add credentials for auth tests). */
  url: string
  port: number
  records: ProxyRecord[]
  close(): Promise<void>
}

export interface ProxyOptions {
  /** `host:port` asked for → port on 127.0.0.1 to tunnel to. */
  routes: Record<string, number>
  /** Required `Proxy-Authorization` value; other values get 407. */
  requireAuthorization?: string
}

export async function startConnectProxy(options: ProxyOptions): Promise<RecordingProxy> {
  const records: ProxyRecord[] = []
  const sockets = new Set<net.Socket>()
  const track = (s: net.Socket): void => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
    s.on('error', () => s.destroy())
  }
  const server = http.createServer((req, res) => {
    records.push({ target: `${req.method ?? ''} ${req.url ?? ''}` })
    res.writeHead(405, { 'content-type': 'text/plain' })
    res.end('this test proxy only tunnels (CONNECT)')
  })
  server.on('connection', track)
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    track(client)
    const target = req.url ?? ''
    const auth = req.headers['proxy-authorization']
    records.push({ target, ...(auth ? { proxyAuthorization: auth } : {}) })
    if (options.requireAuthorization !== undefined && auth !== options.requireAuthorization) {
      client.end('HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n')
      return
    }
    const port = options.routes[target]
    if (port === undefined) {
      client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n')
      return
    }
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    track(upstream)
    upstream.on('error', () => client.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    records,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const s of sockets) s.destroy()
        server.close(e => (e ? reject(e) : resolve()))
      })
  }
}

/** A port on 127.0.0.1 with nothing listening (bound, then released). */
export async function closedPort(): Promise<number> {
  const s = net.createServer()
  await new Promise<void>(resolve => s.listen(0, '127.0.0.1', resolve))
  const port = (s.address() as AddressInfo).port
  await new Promise<void>(resolve => s.close(() => resolve()))
  return port
}
