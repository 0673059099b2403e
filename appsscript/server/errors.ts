// Errors the server functions throw. A message written for the user passes to the sidebar as it
// is; anything else becomes one readable Indonesian sentence (uiText.unexpected).

/** An error whose message is already written for the user (Indonesian, says what to do). */
export function userError(message: string): Error {
  return Object.assign(new Error(message), { userFacing: true });
}

export function isUserFacing(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { userFacing?: unknown }).userFacing === true;
}

/** The message of anything thrown (duck-typed: a service's error need not be this realm's Error). */
export function errorMessage(e: unknown): string {
  const message = typeof e === "object" && e !== null ? (e as { message?: unknown }).message : undefined;
  return typeof message === "string" ? message : String(e);
}
