// A 0–10 rating as big tap targets: real radio buttons (arrow keys move, the legend names the question), two rows on a phone.
import { useId } from 'react';
import classes from './RatingScale.module.css';

interface Props {
  label: string;
  value: number | null;
  onChange: (value: number) => void;
  /** What 0 and 10 mean, e.g. "no pain" / "worst pain". */
  low: string;
  high: string;
  error?: string | undefined;
}

const POINTS = Array.from({ length: 11 }, (_, i) => i);

export function RatingScale({ label, value, onChange, low, high, error }: Props) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={classes.scale}
      aria-describedby={error === undefined ? undefined : errorId}
      aria-invalid={error !== undefined || undefined}
    >
      <legend className={classes.legend}>{label}</legend>
      <div className={classes.grid}>
        {POINTS.map((n) => (
          <label key={n} className={classes.option}>
            <input
              className={classes.input}
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => {
                onChange(n);
              }}
              aria-label={`${String(n)}${n === 0 ? `, ${low}` : n === 10 ? `, ${high}` : ''}`}
            />
            <span className={classes.box} aria-hidden="true">
              {n}
            </span>
          </label>
        ))}
      </div>
      <div className={classes.ends} aria-hidden="true">
        <span>0 = {low}</span>
        <span>10 = {high}</span>
      </div>
      {error !== undefined && (
        <div id={errorId} className={classes.error}>
          {error}
        </div>
      )}
    </fieldset>
  );
}
