// The one place that decides what TestConnectionByConfig's `ErpConnectionId` carries.
// * REST (docs/en/api/reference/restful/agent/ErpSync_Agent/v1ErpSyncAgent_TestConnectionByConfig.md):
//   `ErpConnectionId: Integer`, no description.
// * SOAP (docs/en/api/reference/soap/Services*/ErpSync/TestConnectionByConfig: "erpConnectionId: The
//   id of the connector we try to connect to"), the WebApi client (IErpSyncAgent.TestConnectionByConfigAsync,
//   same words) and CRMScript (NSErpSyncAgent.TestConnectionByConfig: "The ID of the connector we try
//   to connect to").
// So the connector's id is sent, also when a connection exists: the native dialog tests before the
// connection is saved, with only the connector known. Should a CRM turn out to read it as the
// connection's id, this is the function to change.
export interface TestTarget {
  erpConnectorId: number;
  /** The saved connection, when there is one (not sent today: see above). */
  erpConnectionId?: number | null;
}

export function testByConfigId(target: TestTarget): number {
  return target.erpConnectorId;
}
