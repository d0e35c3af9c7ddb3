/** The second shard of the hostile-input properties (see hostile-input-properties.test.ts). */
import { describeHostileProperties } from '../fixtures/hostileProperties';

describeHostileProperties(1, 2);
