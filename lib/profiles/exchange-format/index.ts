export {
  formatExchangeError,
  parseExchangeDocument,
  parseExchangeFile,
  type ExchangeDocument,
  type ExchangeFormatError,
  type ParseResult,
} from "./parse-exchange-file";
export { caseSchema, companyProfileSchema, nonprofitProfileSchema, profileSchema, type ExchangeCase, type ExchangeProfile } from "./schema";
