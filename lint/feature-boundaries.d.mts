import type { Rule } from 'eslint';

export declare const FEATURE_IMPORTS: Record<string, string[]>;
export declare const featureBoundaries: Rule.RuleModule;
