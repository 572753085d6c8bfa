import type { BalanceResult } from '@shared/balancer/auto-balance';
import type { BalanceInput } from '@shared/balancer/build-problem';

export type BalanceRequest = BalanceInput;

export type BalanceResponse =
  | { type: 'progress'; fraction: number }
  | { type: 'balanced'; result: BalanceResult }
  | { type: 'failed'; message: string };
