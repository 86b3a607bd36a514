/** The largest photo accepted; shared by the server's check and the form's check before upload. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
