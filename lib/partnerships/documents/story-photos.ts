// Photos that may go with the joint public story: types every browser shows as an <img>
// (HEIC does not show in most), at most a few per story.
export const STORY_PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif", "image/avif"];
export const MAX_STORY_PHOTOS = 4;
