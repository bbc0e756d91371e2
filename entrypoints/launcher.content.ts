import { ADMIN_PAGE_MATCHES } from '../lib/hosts';
export default defineContentScript({ matches: ADMIN_PAGE_MATCHES, main() {} });
