/**
 * Test support (not a test file): signing keys as an identity provider makes them, a JWKS server on
 * 127.0.0.1 that publishes them (and can be made to rotate them), and tokens signed by them.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

export interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** As published in a JWKS: the public part, with its kid and alg. */
  jwk: JWK;
}

export async function signingKey(alg: SigningKey['alg'], kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

/** A token as the identity provider signs it: `claims` plus a subject, and an hour's validity. */
export function signedBy(key: SigningKey, claims: Record<string, unknown> & { iss: string; aud: string }) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .setSubject(typeof claims.sub === 'string' ? claims.sub : 'someone')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(key.privateKey);
}

export interface JwksServer {
  url: string;
  /** Publishes `keys` at `path` (replacing what was there: a rotation). */
  publish(path: string, keys: SigningKey[]): void;
  /** How many times `path` was fetched. */
  fetches(path: string): number;
  close(): Promise<void>;
}

export async function startJwksServer(): Promise<JwksServer> {
  const published = new Map<string, JWK[]>();
  const fetched = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = request.url ?? '';
    fetched.set(path, (fetched.get(path) ?? 0) + 1);
    const keys = published.get(path);
    response.writeHead(keys ? 200 : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify(keys ? { keys } : { error: 'not found' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    publish: (path, keys) =>
      void published.set(
        path,
        keys.map((key) => key.jwk),
      ),
    fetches: (path) => fetched.get(path) ?? 0,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
