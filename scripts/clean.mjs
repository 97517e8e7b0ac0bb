// Removes build output so that deleted sources leave no stale tests or bundles behind.
import { rmSync } from 'node:fs';

for (const dir of ['out', 'dist']) rmSync(dir, { recursive: true, force: true });
