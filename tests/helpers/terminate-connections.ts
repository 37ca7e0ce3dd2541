import pg from 'pg'

/** Ends every connection to the database of `url` except this one, as a restart or failover would. */
export async function terminateConnections(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rowCount } = await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    )
    return rowCount ?? 0
  } finally {
    await client.end()
  }
}
