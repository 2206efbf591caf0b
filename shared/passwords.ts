/** Password rules shared by the forms (live hints) and the server (the final word). */
export const passwordMinLength = 10;
export const passwordMaxLength = 200;
