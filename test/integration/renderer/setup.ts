// Integration tests of the renderer get an IndexedDB (fake-indexeddb) on top of the unit setup.
import 'fake-indexeddb/auto';
import '../../unit/renderer/setup';
