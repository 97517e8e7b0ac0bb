/** Before a title, these say it was held in the past: "then-Vice President", "former President", "the late", "时任". */
export const PAST_TITLE = /\b(?:then|former|ex|late|onetime|erstwhile)[\s-]+$|(?:时任|前任|已故|原)\s*$/iu;
