/** Revenue achieved by one member in one month, split as the seed separates it. */
export interface MonthlyActual {
  memberId: string;
  /** YYYY-MM */
  month: string;
  newBusinessCents: number;
  existingBusinessCents: number;
}
