import { describe, expect, it } from 'vitest';
import { HidHotplug, type HotplugEvent } from './hotplug.ts';
import { MockHidPort } from './mock-port.ts';

const info = (path: string, usagePage = 0x8c) => ({ path, vendorId: 1, productId: 2, usagePage });

describe('HID hot-plug by polling', () => {
  it('reports each arrival and departure once, filtered', async () => {
    const port = new MockHidPort();
    const hotplug = new HidHotplug(port, { filter: (d) => d.usagePage === 0x8c });
    const events: string[] = [];
    hotplug.onChange((e: HotplugEvent) => events.push(`${e.type} ${e.device.path}`));
    port.plug(info('/dev/hidraw0'));
    port.plug(info('/dev/hidraw9', 0x01));
    await hotplug.poll();
    await hotplug.poll();
    port.plug(info('/dev/hidraw1'));
    port.unplug('/dev/hidraw0');
    await hotplug.poll();
    await hotplug.poll();
    expect(events).toEqual(['added /dev/hidraw0', 'removed /dev/hidraw0', 'added /dev/hidraw1']);
    expect(hotplug.present.map((d) => d.path)).toEqual(['/dev/hidraw1']);
  });

  it('joins a poll already running instead of doubling it', async () => {
    const port = new MockHidPort();
    port.plug(info('/dev/hidraw0'));
    const hotplug = new HidHotplug(port);
    const [a, b] = await Promise.all([hotplug.poll(), hotplug.poll()]);
    expect(a).toBe(b);
    expect(a).toHaveLength(1);
  });
});
