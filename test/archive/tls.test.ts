import * as assert from 'node:assert/strict';
import { startTestPostgres, TestPostgres } from './postgres';
import { connect } from '../../server/src/archive/database';

// TLS to the archive, as the address's sslmode says (libpq's reading): require encrypts; verify-full also checks
// the server's certificate against the one the address names, and refuses a server it cannot verify.

describe('the archive over TLS', function () {
  this.timeout(60_000);
  let pg: TestPostgres;
  let url: string;
  before(async () => {
    pg = startTestPostgres({ tls: true });
    url = await pg.createDatabase('tls_test');
  });
  after(() => pg?.remove());

  const encrypted = async (address: string) => {
    const db = await connect({ url: address, timeoutMs: 10_000 });
    try {
      return (await db.query('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')).rows[0].ssl as boolean;
    } finally {
      await db.end();
    }
  };

  it('encrypts the connection when the address says sslmode=require', async () => {
    assert.equal(await encrypted(`${url}?sslmode=require`), true);
  });

  it('verifies the server against the certificate the address names, and refuses one it cannot verify', async () => {
    assert.equal(await encrypted(`${url}?sslmode=verify-full&sslrootcert=${encodeURIComponent(pg.certificate!)}`), true);
    await assert.rejects(connect({ url: `${url}?sslmode=verify-full`, timeoutMs: 10_000 }), /cannot reach the archive .*certificate/i);
  });
});
