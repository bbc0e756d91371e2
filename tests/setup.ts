// happy-dom has no IndexedDB; drafts are tested on fake-indexeddb.
import 'fake-indexeddb/auto';
