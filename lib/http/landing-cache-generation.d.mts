export function landingGeneration(): number;
export function bumpLandingGeneration(): void;
