/**
 * The values an ICU message needs, worked out by the type checker from the message text, so a
 * missing, misspelt or wrongly typed value fails `tsc` (docs/decisions: typed message catalogue).
 * Understood: `{name}` (text or number), `{n, number…}`, `{n, plural|selectordinal, …}` (number)
 * and `{x, select, …}` (text), with arguments nested in their options. Quoting with `'` is not
 * used by the catalogue and not modelled.
 */
type TrimStart<S extends string> = S extends ` ${infer R}` | `\n${infer R}` ? TrimStart<R> : S;
type Trim<S extends string> = TrimStart<S> extends `${infer R} ` ? Trim<R> : TrimStart<S>;

interface Arg<Name extends string, Kind extends 'text' | 'number'> {
  name: Name;
  kind: Kind;
}

/** Message text up to an unmatched `}` (end of an option) or the end: [arguments, rest]. */
type ParseText<S extends string, Acc> = S extends `${infer Before}{${infer After}`
  ? Before extends `${string}}${string}`
    ? [Acc, AfterClose<S>]
    : ParseArgument<After, Acc>
  : [Acc, AfterClose<S>];

type AfterClose<S extends string> = S extends `${string}}${infer Rest}` ? Rest : '';

type ParseArgument<S extends string, Acc> = S extends `${infer Head}}${infer Rest}`
  ? Head extends `${infer Name},${string}`
    ? S extends `${string},${infer Spec}`
      ? ParseFormatted<Trim<Name>, TrimStart<Spec>, Acc>
      : [Acc, '']
    : ParseText<Rest, Acc | Arg<Trim<Head>, 'text'>>
  : [Acc, ''];

type ParseFormatted<Name extends string, Spec extends string, Acc> = Spec extends
  `plural,${infer Options}` | `selectordinal,${infer Options}`
  ? ParseOptions<Options, Acc | Arg<Name, 'number'>>
  : Spec extends `select,${infer Options}`
    ? ParseOptions<Options, Acc | Arg<Name, 'text'>>
    : Spec extends `${string}}${infer Rest}`
      ? ParseText<Rest, Acc | Arg<Name, 'number'>>
      : [Acc, ''];

/** `one {…} other {…}}`: each option is message text; the last `}` closes the argument. */
type ParseOptions<S extends string, Acc> =
  TrimStart<S> extends `}${infer Rest}`
    ? ParseText<Rest, Acc>
    : S extends `${string}{${infer Option}`
      ? ParseText<Option, Acc> extends [infer Inner, infer Rest extends string]
        ? ParseOptions<Rest, Inner>
        : [Acc, '']
      : [Acc, ''];

type ArgsOf<S extends string> = ParseText<S, never>[0];

/** `{ count: number; name: string | number }` for "{count, plural, …} … {name}". */
export type ValuesOf<S extends string> = {
  [N in ArgsOf<S>['name']]: Extract<ArgsOf<S>, { name: N }>['kind'] extends 'text'
    ? string | number
    : number;
};
