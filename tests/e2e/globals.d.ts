// What the e2e tests call inside extension pages (evaluated in the browser, not in Node).
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string; index: number }[]> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};
