// A test result counts only for exactly the values it was run with: the connector address plus
// every encoded value. Any edit after a test makes its key differ, so the result is stale.
export function valuesKey(connectorUrl: string, connectionInfo: Readonly<Record<string, string>>): string {
  const sorted = Object.keys(connectionInfo)
    .sort()
    .map((k) => [k, connectionInfo[k]]);
  return JSON.stringify([connectorUrl.trim(), sorted]);
}
