import { mountPage } from '../shared/mount';
import { Options } from './Options';

mountPage(Options, {}, 'optionsTitle');
