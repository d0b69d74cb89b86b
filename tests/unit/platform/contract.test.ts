import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../src/platform/api-client';
import { EVENT_CHANNELS, INVOKE_CHANNELS } from '../../../src/platform/channels';
import { ContractError, invokeChannels, validateArgs, type InvokeMethod } from '../../../src/platform/contract';

describe('validateArgs', () => {
  it('accepts well-formed calls', () => {
    expect(validateArgs('run', [{ type: 'pause', duration: '15m' }])).toEqual([{ type: 'pause', duration: '15m' }]);
    expect(validateArgs('updateSettings', [{ hydration: { dailyGoalGlasses: 9 } }])).toHaveLength(1);
    expect(validateArgs('getSettings', [])).toEqual([]);
    expect(validateArgs('run', [{ type: 'report-unjudged', because: 'otherView' }])).toHaveLength(1);
    expect(validateArgs('run', [{ type: 'report-unjudged', because: null }])).toHaveLength(1);
  });

  it.each([
    ['run', [{ type: 'pause', duration: 'forever' }], /duration/],
    ['run', [{ type: 'self-destruct' }], /type|Invalid/],
    ['run', [{ type: 'resume', extra: true }], /Unrecognized|extra/i],
    ['run', [{ type: 'report-unjudged', because: 'tooSleepy' }], /because/],
    ['run', [], /Rejected run/],
    ['run', [{ type: 'report-camera', status: 'on', reason: null, detail: 'x'.repeat(10_000) }], /detail|Too big/i],
    ['updateSettings', [{ general: { openAtLogin: 'yes' } }], /general\.openAtLogin/],
    ['updateSettings', [{ hydration: { dailyGoalGlasses: 1e9 } }], /dailyGoalGlasses/],
    ['updateSettings', [{ __proto__: { polluted: true }, general: { theme: 'neon' } }], /theme/],
    ['updateSettings', ['settings'], /Rejected/],
    ['getSettings', ['unexpected'], /Rejected getSettings/],
    ['dismissNotice', [42], /Rejected dismissNotice/],
    ['dismissNotice', ['x'.repeat(100)], /Rejected dismissNotice/],
  ] as [InvokeMethod, unknown[], RegExp][])('rejects %s with %j', (method, args, message) => {
    expect(() => validateArgs(method, args)).toThrow(ContractError);
    expect(() => validateArgs(method, args)).toThrow(message);
  });

  describe('a shared pose sample with its verdict', () => {
    const sample = {
      keypoints: [{ name: 'nose', x: 160, y: 80, score: 0.9 }],
      score: 0.8,
      frameWidth: 320,
      frameHeight: 240,
      luminance: 120,
      capturedAt: 1000,
      timings: { copyMs: 1, inferenceMs: 20, frameToKeypointsMs: 25 },
      backend: 'wasm',
      reused: false,
    };
    const verdict = { verdict: 'slouched', score: 1.4, signals: { headDrop: 1.4, leanBack: -0.2 } };

    it('is accepted with or without a verdict', () => {
      expect(validateArgs('publishPoseSample', [sample])).toEqual([sample]);
      expect(validateArgs('publishPoseSample', [{ ...sample, verdict }])).toEqual([{ ...sample, verdict }]);
      const unjudged = { verdict: 'unknown', because: 'headHigher', score: 0, signals: {} };
      expect(validateArgs('publishPoseSample', [{ ...sample, verdict: unjudged }])).toEqual([
        { ...sample, verdict: unjudged },
      ]);
    });

    it.each([
      [{ ...verdict, verdict: 'maybe' }, /verdict/],
      [{ ...verdict, signals: { posture: 1 } }, /signals/],
      [{ ...verdict, signals: { headDrop: Infinity } }, /signals/],
      [{ ...verdict, extra: true }, /Unrecognized|extra/i],
      [{ ...verdict, because: 'bored' }, /because/],
    ])('is refused with a malformed verdict %j', (bad, message) => {
      expect(() => validateArgs('publishPoseSample', [{ ...sample, verdict: bad }])).toThrow(message);
    });
  });

  it('rejects random junk on every channel without throwing anything but a ContractError', () => {
    const junk: unknown[] = [
      null,
      undefined,
      0,
      -1,
      NaN,
      '',
      'x',
      [],
      {},
      [[]],
      { type: null },
      new Array(1000).fill(1),
    ];
    for (const method of Object.keys(invokeChannels) as InvokeMethod[]) {
      for (const value of junk) {
        try {
          validateArgs(method, [value]);
        } catch (error) {
          expect(error).toBeInstanceOf(ContractError);
        }
      }
    }
  });
});

describe('createApiClient', () => {
  it('maps every API method onto its channel and nothing else', async () => {
    const calls: [string, unknown[]][] = [];
    const subscribed: string[] = [];
    const api = createApiClient({
      invoke: async (channel, args) => (calls.push([channel, args]), null),
      on: (channel) => (subscribed.push(channel), () => undefined),
    });
    await api.run({ type: 'resume' });
    await api.getSettings();
    api.onStateChanged(() => undefined);
    expect(calls).toEqual([
      ['command:run', [{ type: 'resume' }]],
      ['settings:get', []],
    ]);
    expect(subscribed).toEqual(['state:changed']);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(INVOKE_CHANNELS), ...Object.keys(EVENT_CHANNELS)].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('uses each wire name once', () => {
    const names = [...Object.values(INVOKE_CHANNELS), ...Object.values(EVENT_CHANNELS)];
    expect(new Set(names).size).toBe(names.length);
  });
});
